"""The demo site's legal documents library: types, issuing bodies, documents with generated PDFs."""

from anyascii import anyascii
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.demo import add_published
from documents import demo_data
from documents.models import DocumentIndexPage, DocumentPage, DocumentType, IssuingBody


def demo_pdf(lines):
    """A small valid one-page PDF showing `lines` (ASCII; the file stands in for a scanned document)."""
    text = " T* ".join(f"({anyascii(line).replace('(', '[').replace(')', ']')}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 60 780 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def demo_document_file(data):
    """The Wagtail document holding a demo legal document's PDF, made once."""
    model = get_document_model()
    title = f"{data['number']} {data['vi']['title']}"[:255]
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    name = ascii_name(data["number"]) + ".pdf"
    pdf = demo_pdf([data["number"], data["vi"]["title"][:90], data["issue_date"], "Demo file"])
    document = model(title=title, file=ContentFile(pdf, name=name), file_size=len(pdf))
    document.save()
    return document


def ascii_name(number):
    return anyascii(number).replace("/", "-").lower()


def build(builder, home, topics):
    """The library page, document types, issuing bodies and documents: (library, snippets, documents)."""
    types = builder.named_snippets(DocumentType, demo_data.DOCUMENT_TYPES)
    bodies = builder.named_snippets(IssuingBody, demo_data.ISSUING_BODIES)
    library_page = builder.section(home, DocumentIndexPage, demo_data.DOCUMENT_INDEX)
    return library_page, [*types.values(), *bodies.values()], documents(builder, library_page, types, bodies, topics)


def documents(builder, library, types, bodies, topics):
    pages = {}
    for data in demo_data.DOCUMENTS:
        page = DocumentPage.objects.child_of(library).filter(number=data["number"]).first()
        if page is None:
            page = add_published(
                library,
                DocumentPage(
                    title=data["vi"]["title"],
                    slug=ascii_name(data["number"]),
                    number=data["number"],
                    document_type=types[data["type"]],
                    issuing_body=bodies[data["body"]],
                    signer=data["signer"],
                    issue_date=data["issue_date"],
                    effective_date=data.get("effective_date"),
                    expiry_date=data.get("expiry_date"),
                    status="in-force" if data.get("replaced_by") else data["status"],
                    summary=data["vi"]["summary"],
                    file=demo_document_file(data),
                ),
            )
            page.topics.set([topics[slug] for slug in data["topics"]])
            page.save_revision().publish()
            builder.log(f"Created document {page.number}")
        builder.remember(data, ["title", "summary"])
        pages[data["number"]] = page
    for data in demo_data.DOCUMENTS:
        page = pages[data["number"]]
        if data.get("replaced_by") and not page.replaced_by_id:
            page.replaced_by = pages[data["replaced_by"]]
            page.status = data["status"]
            page.save_revision().publish()
    return pages
