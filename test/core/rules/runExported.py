"""Runs an exported rule class under PyTorch on a surface and prints its trajectory as JSON.

Reads {"module", "className", "params", "surface", "start", "steps"} on stdin, the surface being one
of those below (as the surfaces spec writes them). Each step passes a closure, as the exported class
expects when the rule calls grad(E).
"""
import json
import sys
import types

import torch

SURFACES = {
    'rosenbrock': lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
    'quadratic': lambda x, y: 0.5 * (x ** 2 + 10 * y ** 2),
    'himmelblau': lambda x, y: (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2,
    'booth': lambda x, y: (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
}

torch.set_default_dtype(torch.float64)
job = json.load(sys.stdin)
module = types.ModuleType('exported')
exec(compile(job['module'], 'exported.py', 'exec'), module.__dict__)
cls = getattr(module, job['className'])

theta = torch.tensor(job['start'], dtype=torch.float64, requires_grad=True)
optimizer = cls([theta], **job['params'])


def loss_at():
    return SURFACES[job['surface']](theta[0], theta[1])


def closure():
    optimizer.zero_grad()
    loss = loss_at()
    loss.backward()
    return loss


points = []
for _ in range(job['steps']):
    with torch.no_grad():
        points.append([theta[0].item(), theta[1].item(), loss_at().item()])
    optimizer.step(closure)
with torch.no_grad():
    points.append([theta[0].item(), theta[1].item(), loss_at().item()])
print(json.dumps(points))
