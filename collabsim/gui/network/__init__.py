"""The animated department network: the view, its painter, the layout geometry and the legend."""
