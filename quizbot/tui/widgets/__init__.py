"""The app's widgets: the status bar, chat messages, question cards and plots."""
