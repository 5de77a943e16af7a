"""The inversion-equipment catalog: products, their sources, fit, recommendations, imports."""
