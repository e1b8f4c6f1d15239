package fi.vuoro.hardware.escpos;

/** How grey becomes black or white on a thermal printer, which has no grey. */
public enum Dithering {
    /** Darker than mid-grey prints black: crisp for logos and text. */
    THRESHOLD,
    /** Floyd–Steinberg error diffusion: keeps shading in photos and gradients. */
    FLOYD_STEINBERG
}
