"""collabsim's data files (presets, translations, fonts, docs, icons, licences), shipped as the
package ``collabsim.resources``; found at run time through :func:`collabsim.paths.resource_dir`."""
