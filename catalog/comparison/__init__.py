"""Side-by-side comparison: which products, their rows, fit columns and exports."""
