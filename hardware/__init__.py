"""Device drivers and their threads (RFID readers, card readers, cameras, simulators). Never imports Qt."""
