package dev.versus.compare;

/** A small comparison site shared by the tests of this package. */
final class CompareFixtures {

    private CompareFixtures() {
    }

    static final String SITE = """
            -- jbake.properties --
            site.host=https://example.org
            site.title=Test site
            render.sitemap=true
            uri.noExtension=true
            uri.noExtension.prefix=/
            versus.pairs=all
            versus.pairs.min_differences=1
            -- data/aspects.yaml --
            language:
              label: Language
              type: text
              group: Overview
            first_release:
              label: First release
              type: year
              group: Overview
            learning_curve:
              label: Learning curve
              type: rating
              better: lower
              group: Fit
            admin:
              label: Admin interface
              type: boolean
              group: Features
            -- data/frameworks/django.yaml --
            name: Django
            kind: Web framework
            summary: A full-stack Python framework.
            pros: [Batteries included]
            cons: [Heavy for tiny services]
            choose_when: [You want an admin site]
            facts:
              language: Python
              first_release:
                value: 2005
                source: https://en.wikipedia.org/wiki/Django_(web_framework)
              learning_curve: 3
              admin: true
            -- data/frameworks/express.yaml --
            name: Express
            kind: Web framework
            summary: A minimal Node.js framework.
            pros: [Small API]
            cons: [Few built-ins]
            choose_when: [You build a JSON API]
            facts:
              language: JavaScript
              first_release: 2010
              learning_curve: 2
              admin:
                value: false
                note: Third-party packages exist.
            -- content/blog/django-vs-express.md --
            ---
            title: Django vs Express
            date: 2025-02-10
            summary: Two frameworks compared.
            author: Editors
            compare: [django, express]
            ---
            Django appeared in {{django.first_release}} and uses {{django.language}}.

            ```comparison
            caption: At a glance
            ```

            ## Pros and cons

            ```proscons
            ```

            ## When to choose

            ```choose
            ```
            """;
}
