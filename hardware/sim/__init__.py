"""Simulated devices: a world of tagged people and things walking between zones, writing real
protocol bytes into pseudo-terminals that the real drivers read through pyserial."""
