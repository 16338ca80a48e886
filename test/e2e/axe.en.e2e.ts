import { axeSuite } from './axeChecks.ts';

axeSuite('en');
