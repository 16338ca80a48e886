/**
 * Each analytic surface written in the formula language of the typed function (`x^2`, `sin`, `pi`),
 * so one parser serves the on-screen MathML, the spoken formula and the exported PyTorch script. A
 * test evaluates every entry against the surface's own code at random points.
 */
export const SURFACE_EXPRESSIONS: Readonly<Record<string, string>> = {
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  saddle: 'x^2 - y^2',
  quadratic: '0.5*(x^2 + 10*y^2)',
  beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  rastrigin: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
  ackley: '-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20',
  booth: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  monkey_saddle: 'x^3 - 3*x*y^2',
  six_hump_camel: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  goldstein_price: '(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))',
};
