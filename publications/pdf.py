"""HTML to PDF with WeasyPrint. The fonts come from the system (DejaVu,
installed by scripts/install-pdf-tools.sh): they cover æ, ø, å, ä, ö, ü and ß."""
from weasyprint import HTML


def render_pdf(html, base_url=None):
    return HTML(string=html, base_url=base_url).write_pdf()
