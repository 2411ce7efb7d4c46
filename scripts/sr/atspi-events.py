# The selection changes the browser reports through AT-SPI for `seconds`, one line each (the
# role and name of the object whose selection changed): Orca takes such a change in a page's
# <select> for a move of the focus, and leaves browse mode (issue #30, fault a).
#
#   /usr/bin/python3 atspi-events.py <seconds>
import sys

import pyatspi
from gi.repository import GLib

seconds = float(sys.argv[1])


def on_event(event):
    try:
        app = event.host_application.name if event.host_application else ''
        if 'chrom' not in (app or '').lower() and 'firefox' not in (app or '').lower():
            return
        source = event.source
        print('%s %s "%s"' % (event.type, source.getRoleName(), source.name or ''), flush=True)
    except Exception:
        pass


pyatspi.Registry.registerEventListener(on_event, 'object:selection-changed')
print('listening', flush=True)
GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()
