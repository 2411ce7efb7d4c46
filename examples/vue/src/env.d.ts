// The five tags in Vue templates, with their attributes, properties and events.
import type {} from 'uzl-widgets/vue';
