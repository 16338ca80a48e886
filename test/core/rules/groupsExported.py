"""Trains a small linear model with parameters of two shapes in two groups, once with the exported
Adam rule (module source on stdin, class Adam) and once with torch.optim.Adam, and prints the largest
difference between the two sets of final weights."""
import json
import sys
import types

import torch

torch.set_default_dtype(torch.float64)
module = types.ModuleType('exported')
exec(compile(sys.stdin.read(), 'exported.py', 'exec'), module.__dict__)

generator = torch.Generator().manual_seed(0)
inputs = torch.randn(16, 3, generator=generator)
targets = torch.randn(16, 2, generator=generator)


def train(make):
    w = torch.randn(3, 2, generator=torch.Generator().manual_seed(1)).requires_grad_()
    b = torch.zeros(2, requires_grad=True)
    optimizer = make([{'params': [w], 'lr': 0.01}, {'params': [b], 'lr': 0.05}])
    for _ in range(25):
        optimizer.zero_grad()
        loss = ((inputs @ w + b - targets) ** 2).mean()
        loss.backward()
        optimizer.step()
    return torch.cat([w.detach().flatten(), b.detach()])


ours = train(lambda groups: module.Adam(groups, beta1=0.8, beta2=0.99))
theirs = train(lambda groups: torch.optim.Adam(groups, betas=(0.8, 0.99)))
print(json.dumps({'difference': (ours - theirs).abs().max().item(), 'moved': (ours - train(lambda g: module.Adam(g, lr=0.0))).abs().max().item()}))
