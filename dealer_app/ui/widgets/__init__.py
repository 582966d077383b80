"""Small reusable widgets: KPI cards, charts, search field, inline field errors."""
