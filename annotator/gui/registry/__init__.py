"""The registry view: people and organisations, their timelines and mentions."""
