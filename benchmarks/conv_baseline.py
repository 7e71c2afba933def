"""The baseline of the conv budget: conv2d in bare NumPy, im2col and one matrix product, float64.

Its command line is read by Typer, as the attention baseline's is (so both sides pay for the same
libraries a command line needs).  Reads the input (batch × in × h × w) and the kernels
(out × in × kh × kw) from .npy files, stride 1, no padding, as ``mlmath conv @x.npy -k @w.npy``;
prints the first feature map's top-left corner.

    python benchmarks/conv_baseline.py x.npy w.npy
"""

import numpy as np
import typer


def main(x_path: str, w_path: str) -> None:
    x, w = np.load(x_path), np.load(w_path)
    n, c, h, width = x.shape
    o, _, kh, kw = w.shape
    oh, ow = h - kh + 1, width - kw + 1
    # im2col: one column per output position, one row per (channel, kernel row, kernel column)
    cols = np.empty((c, kh, kw, n, oh, ow))
    for u in range(kh):
        for v in range(kw):
            cols[:, u, v] = x[:, :, u:u + oh, v:v + ow].transpose(1, 0, 2, 3)
    out = (w.reshape(o, -1) @ cols.reshape(c * kh * kw, -1)).reshape(o, n, oh, ow).transpose(1, 0, 2, 3)
    print(out[0, 0, :3, :3])


if __name__ == "__main__":
    typer.run(main)
