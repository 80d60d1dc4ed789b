"""drf-spectacular's settings for /api/schema/ and /api/docs/ (plain data:
cms/settings imports it)."""

SPECTACULAR_SETTINGS = {
    "TITLE": "InTra-Net partner API",
    "DESCRIPTION": (
        "Read-only JSON API of the InTra-Net platform for partner websites: the clusters, case studies, "
        "good practice, project ideas, events and standard pages in English, Danish and German, with "
        "images and documents.\n\n"
        "* Anonymous use is allowed; an API key (header `X-API-Key`) raises the rate limit. Over the "
        "limit the API answers 429 with `Retry-After`.\n"
        "* Every GET carries an `ETag`; send it back as `If-None-Match` to get 304 when nothing changed.\n"
        "* Errors are JSON: `{\"message\": \"...\"}`.\n"
        "* Webhooks (set up by the platform's administrators) announce published, unpublished and "
        "deleted pages; see the README."
    ),
    "VERSION": "2",
    "SERVE_INCLUDE_SCHEMA": False,
    # Case studies' countries and cooperation requests' countries sought share one
    # choice list: one enum in the schema, not one per field.
    # The fields' schemas list the codes only, so the override does too.
    "ENUM_NAME_OVERRIDES": {"EuropeanCountryEnum": "taxonomy.countries.EUROPEAN_COUNTRY_CODES"},
    "PREPROCESSING_HOOKS": ["api.schema.only_api_endpoints"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.schema.postprocess"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "TAGS": [
        {"name": "pages", "description": "Live, public pages of every type and language."},
        {"name": "images", "description": "Images with renditions in named sizes."},
        {"name": "documents", "description": "Documents outside restricted collections."},
        {"name": "preview", "description": "Drafts for headless previews (signed, expiring tokens)."},
    ],
}
