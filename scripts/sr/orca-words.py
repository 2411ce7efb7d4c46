# Orca's own words in the language it runs in, from its own message catalogs (orca.mo, and ATK's
# role names, which Orca speaks), so a journey's expected utterances are computed, not copied:
# our messages and Intl give the widget's words, this gives the screen reader's.
#
#   LANG=fr_BE.UTF-8 LANGUAGE=fr LOCPATH=… /usr/bin/python3 orca-words.py
import json
import locale

locale.setlocale(locale.LC_ALL, '')

import gi  # noqa: E402

gi.require_version('Atk', '1.0')
from gi.repository import Atk  # noqa: E402
from orca import messages, object_properties  # noqa: E402

roles = {
    'heading': Atk.Role.HEADING,
    'link': Atk.Role.LINK,
    'button': Atk.Role.PUSH_BUTTON,
    'toggle button': Atk.Role.TOGGLE_BUTTON,
    'combo box': Atk.Role.COMBO_BOX,
    'status bar': Atk.Role.STATUSBAR,
    'list': Atk.Role.LIST,
    'table': Atk.Role.TABLE,
    'entry': Atk.Role.ENTRY,
    'alert': Atk.Role.ALERT,
    'image': Atk.Role.IMAGE,
}
words = {name: Atk.role_get_localized_name(role) for name, role in roles.items()}
words.update(
    {
        'heading level': object_properties.ROLE_HEADING_LEVEL_SPEECH,
        'collapsed': object_properties.STATE_COLLAPSED,
        'expanded': object_properties.STATE_EXPANDED,
        'pressed': object_properties.STATE_PRESSED,
        'not pressed': object_properties.STATE_NOT_PRESSED,
        'focus mode': messages.MODE_FOCUS,
        'browse mode': messages.MODE_BROWSE,
        'wrapping to top': messages.WRAPPING_TO_TOP,
        'screen reader on': messages.START_ORCA,
    }
)
print(json.dumps(words, ensure_ascii=False))
