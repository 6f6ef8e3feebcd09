import { shorten, markdownToHast, analyseMarkdown } from "../../../lib/content/markdown";
import { toHtml } from "hast-util-to-html";
console.log(shorten("aaa bbb ccc", 8), shorten("aaa bbb ccc", 7), shorten("aaaaaaaaaaa", 8), shorten("aaa, bbb ccc", 7));
const md = `## Hello world

Text with <span>tag</span> and <script>alert(1)</script>.

<script>alert(1)</script>

<img src=x onerror="alert(1)">

[bad](javascript:alert(1)) and [good](https://www.ncsc.gov.uk/x) and [ncsc.gov.uk](https://ncsc.gov.uk) and [site](/advice#x) [mail](mailto:a@b.c)

### Sub

# Top

- [ ] todo
- [x] done

Footnote[^1].

[^1]: Note.

![alt](javascript:x) ![ok](https://e.org/a.png) ![h](http://e.org/a.png)

A \`<span>code</span>\` and &lt;span&gt; entity.
`;
console.log(toHtml(markdownToHast(md, { idPrefix: "u1-", headingBase: 3 })));
console.log(analyseMarkdown("# Head\n\n- list item\n\nFirst *para* here\nwith `code` and ![pic](/a.png).\n\nSecond").firstParagraph);
