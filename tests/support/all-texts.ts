import { installAllTexts } from '../../src/i18n/dictionary'

// Tests read every language at once, as the build and the server do; a visitor's page loads its own only.
installAllTexts()
