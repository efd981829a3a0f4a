"""Transforms in the edge convention of the synthetic images. Any thread (pure functions).

Image coordinates are continuous with the *edges* of pixels on integers: pixel ``(i, j)`` covers
``[i, i+1) x [j, j+1)``, so its centre is ``(i + 0.5, j + 0.5)``. This is what zxing-cpp reports for a
symbol's corners. OpenCV's warps put pixel centres on integers; ``cv_matrix`` converts a transform
from one convention to the other.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]


def translation(dx: float, dy: float) -> Matrix:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


def rotation_about(cx: float, cy: float, angle_deg: float) -> Matrix:
    """Rotation by ``angle_deg`` counter-clockwise as seen on screen (y down), as
    ``cv2.getRotationMatrix2D``, about ``(cx, cy)``."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    r = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])
    return np.asarray(translation(cx, cy) @ r @ translation(-cx, -cy), np.float64)


def cv_matrix(a_edge: Matrix) -> Matrix:
    """The same transform for OpenCV's warps, whose pixel centres are on integers."""
    return translation(-0.5, -0.5) @ a_edge @ translation(0.5, 0.5)


def transform_points(m: Matrix, points: Any) -> NDArray[np.float64]:
    """Apply a 3x3 homography to an (N, 2) array of points."""
    p = np.asarray(points, np.float64).reshape(-1, 2)
    q = np.hstack([p, np.ones((len(p), 1))]) @ m.T
    return q[:, :2] / q[:, 2:3]
