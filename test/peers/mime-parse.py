# A real MIME parser for the form tests: Python's email package (RFC 2045/2046) reads a
# multipart body from stdin with the Content-Type given as argv[1] and prints its tree as JSON:
# each part's headers, disposition parameters, type, transfer encoding, and its content as
# decoded by the package (base64 and quoted-printable undone), in hex; subparts nested.
import email
import email.policy
import json
import sys


def part(msg):
    out = {
        'headers': [[k, str(v)] for k, v in msg.items()],
        'type': msg.get_content_type(),
        'name': msg.get_param('name', header='content-disposition'),
        'filename': msg.get_param('filename', header='content-disposition'),
        'disposition': msg.get_content_disposition(),
        'cte': msg.get('Content-Transfer-Encoding'),
        'boundary': msg.get_boundary(),
    }
    if msg.is_multipart():
        out['parts'] = [part(p) for p in msg.get_payload()]
    else:
        out['content'] = (msg.get_payload(decode=True) or b'').hex()
    return out


body = sys.stdin.buffer.read()
raw = b'Content-Type: ' + sys.argv[1].encode('latin1') + b'\r\nMIME-Version: 1.0\r\n\r\n' + body
msg = email.message_from_bytes(raw, policy=email.policy.compat32)
print(json.dumps({'defects': [type(d).__name__ for d in msg.defects], **part(msg)}))
