"""`python -m bot` is `cdp-bot`."""
import sys

from bot.cli import main

sys.exit(main())
