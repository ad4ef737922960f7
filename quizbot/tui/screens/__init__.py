"""The app's screens: the chat, help, the topic picker and stats."""
