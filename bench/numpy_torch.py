"""The particle benchmark of `npm run bench` written for numpy and PyTorch, to compare on one machine.

10 000 particles on Rosenbrock in float64, one core, the same optimizers and settings as the bench's
`fused` section (Adam at its defaults, SGD with momentum 0.9 and RMSprop at lr 2e-4 and 0.01): each
step computes the analytic gradient and the loss of every particle, then the optimizer's update.
numpy is vectorised by hand (in place, into scratch arrays made once); PyTorch runs
torch.optim on one [10000, 2] tensor (foreach), once with the analytic gradient and once with autograd.
Prints one JSON object of particle-steps per processor second (median of 7 after a warm-up, as the
bench measures), so other processes on the machine do not count; a library that is not installed is
reported as such.
"""
import json
import statistics
import time

COUNT = 10_000
STEPS = 200
REPEATS = 7
SETTINGS = {
    "adam": {"lr": 1e-3, "betas": (0.9, 0.999), "eps": 1e-8},
    "momentum": {"lr": 2e-4, "momentum": 0.9},
    "rmsprop": {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8},
}


def rate(run):
    run()
    times = []
    for _ in range(REPEATS):
        t0 = time.process_time()
        run()
        times.append(time.process_time() - t0)
    return round(COUNT * STEPS / statistics.median(times))


def numpy_rates():
    import numpy as np

    rng = np.random.default_rng(7)
    # Rows x and y, each contiguous, so the gradient reads unit-stride arrays.
    starts = np.stack([-1.2 + 0.2 * rng.random(COUNT), 1 + 0.2 * rng.random(COUNT)])

    def gradient(pos, grad, loss, a, b):
        x, y = pos
        np.subtract(1, x, out=a)
        np.multiply(x, x, out=b)
        np.subtract(y, b, out=b)
        # df/dx = -2a - 400 x b, df/dy = 200 b, f = a² + 100 b²
        np.multiply(x, b, out=grad[0])
        grad[0] *= -400
        grad[0] -= a
        grad[0] -= a
        np.multiply(b, 200, out=grad[1])
        np.multiply(a, a, out=loss)
        np.multiply(b, b, out=b)
        b *= 100
        loss += b

    def run(rule):
        def go():
            pos = starts.copy()
            grad = np.empty_like(pos)
            loss = np.empty(COUNT)
            a = np.empty(COUNT)
            b = np.empty(COUNT)
            state = [np.zeros_like(pos), np.zeros_like(pos), np.empty_like(pos)]
            gradient(pos, grad, loss, a, b)
            for t in range(1, STEPS + 1):
                rule(pos, grad, state, t)
                gradient(pos, grad, loss, a, b)
        return go

    def adam(pos, g, state, t):
        s = SETTINGS["adam"]
        b1, b2 = s["betas"]
        m, v, scratch = state
        m *= b1
        np.multiply(g, 1 - b1, out=scratch)
        m += scratch
        v *= b2
        np.multiply(g, g, out=scratch)
        scratch *= 1 - b2
        v += scratch
        np.sqrt(v, out=scratch)
        scratch /= np.sqrt(1 - b2**t)
        scratch += s["eps"]
        np.divide(m, scratch, out=scratch)
        scratch *= s["lr"] / (1 - b1**t)
        pos -= scratch

    def momentum(pos, g, state, t):
        s = SETTINGS["momentum"]
        buf, _, scratch = state
        if t > 1:
            buf *= s["momentum"]
        buf += g
        np.multiply(buf, s["lr"], out=scratch)
        pos -= scratch

    def rmsprop(pos, g, state, t):
        s = SETTINGS["rmsprop"]
        v, _, scratch = state
        v *= s["alpha"]
        np.multiply(g, g, out=scratch)
        scratch *= 1 - s["alpha"]
        v += scratch
        np.sqrt(v, out=scratch)
        scratch += s["eps"]
        np.divide(g, scratch, out=scratch)
        scratch *= s["lr"]
        pos -= scratch

    rules = [("adam", adam), ("momentum", momentum), ("rmsprop", rmsprop)]
    return {"version": np.__version__, **{name: rate(run(rule)) for name, rule in rules}}


def torch_rates():
    import torch

    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(7)
    starts = torch.stack([-1.2 + 0.2 * torch.rand(COUNT, generator=gen, dtype=torch.float64),
                          1 + 0.2 * torch.rand(COUNT, generator=gen, dtype=torch.float64)], dim=1)
    makers = {
        "adam": lambda p: torch.optim.Adam([p], foreach=True, **SETTINGS["adam"]),
        "momentum": lambda p: torch.optim.SGD([p], foreach=True, **SETTINGS["momentum"]),
        "rmsprop": lambda p: torch.optim.RMSprop([p], foreach=True, **SETTINGS["rmsprop"]),
    }

    def analytic(name):
        def go():
            p = starts.clone().requires_grad_(True)
            opt = makers[name](p)
            with torch.no_grad():
                for _ in range(STEPS):
                    x, y = p[:, 0], p[:, 1]
                    a = 1 - x
                    b = y - x * x
                    p.grad = torch.stack([-2 * a - 400 * x * b, 200 * b], dim=1)
                    loss = a * a + 100 * b * b  # noqa: F841 (the engine keeps every particle's loss too)
                    opt.step()
        return go

    def autograd(name):
        def go():
            p = starts.clone().requires_grad_(True)
            opt = makers[name](p)
            for _ in range(STEPS):
                opt.zero_grad(set_to_none=True)
                x, y = p[:, 0], p[:, 1]
                loss = (1 - x) ** 2 + 100 * (y - x * x) ** 2
                loss.sum().backward()
                opt.step()
        return go

    return {
        "version": torch.__version__,
        "analytic": {k: rate(analytic(k)) for k in makers},
        "autograd": {k: rate(autograd(k)) for k in makers},
    }


def main():
    report = {"unit": "particle-steps per processor second, 10 000 particles on rosenbrock, float64, one core", "count": COUNT, "steps": STEPS}
    for name, measure in [("numpy", numpy_rates), ("torch", torch_rates)]:
        try:
            report[name] = measure()
        except ImportError as error:
            report[name] = f"not measured: {error}"
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
