"""Tag tracking: reads, presence per zone, movements, tracking events. No Qt, no device code."""
