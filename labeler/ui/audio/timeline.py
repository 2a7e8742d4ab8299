"""The visible stretch of time in the waveform: where it starts and how many seconds a
pixel holds. Qt-free, so zoom, scroll and follow rules are plain arithmetic."""

from __future__ import annotations

from dataclasses import dataclass

#: The closest zoom: one millisecond per pixel (16 samples at 16 kHz).
MIN_SECONDS_PER_PX = 0.001
#: Labels on the ruler: the first step that leaves this many pixels between ticks.
TICK_MIN_PX = 90
TICK_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800)


@dataclass
class TimeView:
    """A window of `width` pixels onto `duration` seconds of audio."""

    duration: float = 0.0
    width: int = 1
    start: float = 0.0
    seconds_per_px: float = 1.0

    @property
    def end(self) -> float:
        """Time at the right edge."""
        return self.start + self.width * self.seconds_per_px

    @property
    def span(self) -> float:
        """Seconds visible."""
        return self.width * self.seconds_per_px

    @property
    def max_seconds_per_px(self) -> float:
        """Fully zoomed out: the whole clip fills the width."""
        return max(MIN_SECONDS_PER_PX, self.duration / max(1, self.width))

    @property
    def fits(self) -> bool:
        """True when the whole clip is visible."""
        return self.seconds_per_px >= self.max_seconds_per_px - 1e-12

    def reset(self, duration: float, width: int) -> None:
        """A new clip: show all of it."""
        self.duration = max(0.0, duration)
        self.width = max(1, width)
        self.fit()

    def fit(self) -> None:
        """Zoom out to the whole clip."""
        self.start = 0.0
        self.seconds_per_px = self.max_seconds_per_px

    def resize(self, width: int) -> None:
        """The widget changed width: keep the start, keep fitting if it fitted."""
        fitted = self.fits
        self.width = max(1, width)
        if fitted:
            self.fit()
        else:
            self._clamp()

    def x_of(self, t: float) -> float:
        """Pixel column of time `t` (may fall outside the widget)."""
        return (t - self.start) / self.seconds_per_px

    def t_of(self, x: float) -> float:
        """Time at pixel column `x`, clamped to the clip."""
        return min(self.duration, max(0.0, self.start + x * self.seconds_per_px))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (`factor` > 1) or out, keeping the time under `anchor_x` in place."""
        anchor_x = self.width / 2 if anchor_x is None else anchor_x
        anchor_t = self.start + anchor_x * self.seconds_per_px
        spp = self.seconds_per_px / factor
        self.seconds_per_px = min(self.max_seconds_per_px, max(MIN_SECONDS_PER_PX, spp))
        self.start = anchor_t - anchor_x * self.seconds_per_px
        self._clamp()

    def scroll_px(self, dx: float) -> None:
        """Move the window right by `dx` pixels (left when negative)."""
        self.start += dx * self.seconds_per_px
        self._clamp()

    def scroll_to(self, start: float) -> None:
        """Put `start` at the left edge (clamped)."""
        self.start = start
        self._clamp()

    def follow(self, t: float, margin: float = 0.05) -> bool:
        """Page so that `t` stays in view, as a play head moves; True if it scrolled.

        Paging (rather than scrolling every frame) keeps the waveform still while
        the head crosses it, which is easier to read and cheaper to draw.
        """
        if self.start <= t <= self.end - margin * self.span:
            return False
        old = self.start
        self.scroll_to(t - margin * self.span)
        return self.start != old

    def show_range(self, a: float, b: float) -> None:
        """Scroll (not zoom) so that [a, b] is visible when it fits."""
        if a >= self.start and b <= self.end:
            return
        if b - a >= self.span:
            self.scroll_to(a - 0.05 * self.span)
        else:
            self.scroll_to((a + b) / 2 - self.span / 2)

    def ticks(self) -> tuple[float, list[float]]:
        """The ruler's step and the tick times in view."""
        step = next(
            (s for s in TICK_STEPS if s / self.seconds_per_px >= TICK_MIN_PX), TICK_STEPS[-1]
        )
        first = int(self.start // step)
        last = int(self.end // step) + 1
        return step, [i * step for i in range(max(0, first), last + 1) if i * step <= self.duration]

    def _clamp(self) -> None:
        latest = max(0.0, self.duration - self.span)
        self.start = min(latest, max(0.0, self.start))


def format_time(t: float, step: float = 0.01) -> str:
    """`m:ss.cc` (or `h:mm:ss` for long clips), with decimals as fine as `step` needs."""
    decimals = 0 if step >= 1 else 1 if step >= 0.1 else 2
    t = round(max(0.0, t), decimals)  # round first: 59.996 is 1:00.00, not 0:60.00
    minutes, seconds = divmod(t, 60)
    if minutes >= 60:
        hours, minutes = divmod(int(minutes), 60)
        return f"{hours}:{minutes:02d}:{int(seconds):02d}"
    width = 3 + decimals if decimals else 2
    return f"{int(minutes)}:{seconds:0{width}.{decimals}f}"
