# The accessibility tree a screen reader reads, as AT-SPI gives it: the browser's document
# (open shadow roots are flattened into it), one line per object with its role, name, the states
# that tell a visitor something, and a heading's level. Printed as text for the lane to compare.
#
#   /usr/bin/python3 atspi-tree.py <application name> [title]
#
# Objects that only group (sections and panels without a name) are left out, their children
# kept; text leaves show their text, so glued words ("782 208Consultations") show as they are.
import sys

import pyatspi

STATES = {
    pyatspi.STATE_BUSY: 'busy',
    pyatspi.STATE_CHECKED: 'checked',
    pyatspi.STATE_COLLAPSED: 'collapsed',
    pyatspi.STATE_EXPANDED: 'expanded',
    pyatspi.STATE_FOCUSABLE: 'focusable',
    pyatspi.STATE_PRESSED: 'pressed',
    pyatspi.STATE_SELECTED: 'selected',
    pyatspi.STATE_INVALID_ENTRY: 'invalid',
    pyatspi.STATE_REQUIRED: 'required',
    pyatspi.STATE_HAS_POPUP: 'has-popup',
}
GROUPING = {'section', 'panel', 'filler', 'block quote'}
# Text leaves: their text is already in their parent's line.
LEAVES = {'static'}
SKIP = {'scroll bar'}


def attributes(obj):
    try:
        return dict(a.split(':', 1) for a in obj.getAttributes() if ':' in a)
    except Exception:
        return {}


def own_text(obj):
    try:
        text = obj.queryText()
        value = text.getText(0, -1)
    except Exception:
        return ''
    # Embedded objects (children) are U+FFFC in the parent's text: show where they sit.
    return ' '.join(value.replace('\ufffc', '\u2022').split())


def line(obj, depth):
    role = obj.getRoleName()
    name = ' '.join((obj.name or '').split())
    states = obj.getState()
    marks = [label for state, label in STATES.items() if states.contains(state)]
    if not states.contains(pyatspi.STATE_ENABLED) and states.contains(pyatspi.STATE_FOCUSABLE):
        marks.append('disabled')
    attrs = attributes(obj)
    if role == 'heading' and 'level' in attrs:
        marks.append('level ' + attrs['level'])
    if 'container-live' in attrs and attrs.get('live') not in (None, 'off'):
        marks.append('live ' + attrs['live'])
    out = '  ' * depth + role
    if name and role != 'table row':
        out += ' "' + name + '"'
    text = own_text(obj)
    if text and text != name and role not in ('document web', 'list', 'table', 'grid'):
        out += ' text="' + text + '"'
    if marks:
        out += ' [' + ', '.join(marks) + ']'
    return out


def walk(obj, depth, lines):
    role = obj.getRoleName()
    if role in SKIP or (role in LEAVES and depth > 0):
        return
    name = (obj.name or '').strip()
    grouping = role in GROUPING and not name and not own_text(obj).replace('\u2022', '').strip()
    if not grouping:
        lines.append(line(obj, depth))
    for child in obj:
        if child is not None:
            walk(child, depth if grouping else depth + 1, lines)


def documents(obj, found):
    if obj.getRoleName() == 'document web':
        found.append(obj)
        return
    for child in obj:
        if child is not None:
            documents(child, found)


def main():
    app_name = sys.argv[1].lower()
    title = sys.argv[2] if len(sys.argv) > 2 else None
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None or app_name not in (app.name or '').lower():
            continue
        found = []
        documents(app, found)
        for doc in found:
            if title and (doc.name or '') != title:
                continue
            lines = []
            walk(doc, 0, lines)
            print('\n'.join(lines))
            return
    print('no document' + (' titled ' + title if title else ''), file=sys.stderr)
    sys.exit(2)


main()
