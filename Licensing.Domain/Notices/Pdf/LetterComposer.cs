using Licensing.Domain.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Licensing.Domain.Notices.Pdf;

/// <summary>
/// Our own small layout engine (MigraDoc is not available): A4, letterhead on the first page, text
/// wrapped by measuring each word, blocks flowed across pages with widow and orphan control (never a
/// single line of a paragraph alone at the foot or head of a page, never a heading at the foot), and
/// in a second pass the reference and "Page n of N" on every page.
/// </summary>
public static class LetterComposer
{
    private const double PageWidth = 595.28, PageHeight = 841.89;
    private const double Left = 62, Right = 62, Top = 56, Bottom = 72;
    private const double Width = PageWidth - Left - Right;
    private const double BodySize = 10.5, Leading = 1.35;
    private const int MinLinesTogether = 2;

    // First: the font resolver must be in place before any XFont is made.
    private static readonly NoticeFonts Fonts = NoticeFonts.Install();
    public static string FontDescription => Fonts.Description;
    private static readonly XFont Body = new(NoticeFonts.Family, BodySize, XFontStyleEx.Regular);
    private static readonly XFont BodyBold = new(NoticeFonts.Family, BodySize, XFontStyleEx.Bold);
    private static readonly XFont HeadingFont = new(NoticeFonts.Family, 12, XFontStyleEx.Bold);
    private static readonly XFont TitleFont = new(NoticeFonts.Family, 15, XFontStyleEx.Bold);
    private static readonly XFont AuthorityFont = new(NoticeFonts.Family, 16, XFontStyleEx.Bold);
    private static readonly XFont Small = new(NoticeFonts.Family, 8.5, XFontStyleEx.Regular);

    public static byte[] Render(LetterDocument letter)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{letter.Title} — {letter.Reference}";
        document.Info.Author = letter.Letterhead.AuthorityName;
        document.Info.Subject = letter.Reference;
        // PDFsharp 6.2 ends its deflated content streams without the final block, which qpdf flags; the
        // page text is small, so it goes uncompressed (the embedded font subsets stay compressed).
        document.Options.CompressContentStreams = false;

        var flow = new Flow(document);
        DrawLetterhead(flow, letter);
        foreach (var block in letter.Blocks) Place(flow, block);
        flow.Finish();

        var pages = document.PageCount;
        for (var i = 0; i < pages; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageHeight - Bottom + 22;
            gfx.DrawLine(new XPen(XColors.Gray, 0.5), Left, y - 12, PageWidth - Right, y - 12);
            gfx.DrawString($"{letter.Letterhead.AuthorityName} · Reference {letter.Reference}", Small, XBrushes.Black, new XPoint(Left, y));
            var pageText = $"Page {i + 1} of {pages}";
            gfx.DrawString(pageText, Small, XBrushes.Black, new XPoint(PageWidth - Right - gfx.MeasureString(pageText, Small).Width, y));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void DrawLetterhead(Flow flow, LetterDocument letter)
    {
        var head = letter.Letterhead;
        flow.Text(head.AuthorityName, AuthorityFont, 0);
        flow.Advance(4);
        flow.Text(head.ServiceName, Body, 0);
        foreach (var line in Wrap(head.Address, Small, Width)) flow.Text(line, Small, 0);
        var contact = string.Join("   ", new[] { head.Phone.Length > 0 ? $"Telephone {head.Phone}" : "", head.Email.Length > 0 ? $"Email {head.Email}" : "" }.Where(s => s.Length > 0));
        if (contact.Length > 0) flow.Text(contact, Small, 0);
        flow.Rule();
        flow.Advance(10);

        var right = new List<string> { $"Date: {LondonTime.Format(letter.Date)}", $"Our reference: {letter.Reference}" };
        var rows = Math.Max(letter.RecipientLines.Count, right.Count);
        for (var i = 0; i < rows; i++)
        {
            var recipient = i < letter.RecipientLines.Count ? letter.RecipientLines[i] : "";
            var detail = i < right.Count ? right[i] : "";
            flow.TwoColumns(recipient, detail);
        }
        flow.Advance(16);
        foreach (var line in Wrap(letter.Title, TitleFont, Width)) flow.Text(line, TitleFont, 0);
        flow.Advance(8);
    }

    private static void Place(Flow flow, Block block)
    {
        switch (block)
        {
            case Heading h:
                var lines = Wrap(h.Text, HeadingFont, Width);
                // Keep a heading with the first lines that follow it.
                flow.EnsureRoom(6 + LineHeight(HeadingFont) * lines.Count + LineHeight(Body) * MinLinesTogether);
                flow.Advance(6);
                foreach (var line in lines) flow.Text(line, HeadingFont, 0);
                flow.Advance(2);
                break;
            case Paragraph p:
                foreach (var part in Paragraphs(p.Text))
                {
                    flow.Lines(WrapKeepingBreaks(part, p.Bold ? BodyBold : Body, Width), p.Bold ? BodyBold : Body, 0);
                    flow.Advance(6);
                }
                break;
            case Bullets b:
                foreach (var item in b.Items)
                {
                    var itemLines = WrapKeepingBreaks(item, Body, Width - 16);
                    flow.Lines(itemLines, Body, 16, bullet: true);
                    flow.Advance(3);
                }
                flow.Advance(3);
                break;
            case Fields f:
                const double labelWidth = 165;
                foreach (var (label, value) in f.Rows)
                {
                    var labelLines = Wrap(label, BodyBold, labelWidth - 8);
                    var valueLines = WrapKeepingBreaks(value, Body, Width - labelWidth);
                    flow.Pairs(labelLines, valueLines, labelWidth);
                    flow.Advance(3);
                }
                flow.Advance(5);
                break;
            case Callout c:
                var boxLines = WrapKeepingBreaks(c.Text, BodyBold, Width - 20);
                if (boxLines.Count * LineHeight(BodyBold) + 14 <= PageHeight - Top - Bottom) flow.Box(boxLines, BodyBold);
                else flow.Lines(boxLines, BodyBold, 0); // too long for one page: no box to break
                flow.Advance(8);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name);
        }
    }

    private static double LineHeight(XFont font) => font.Size * Leading;

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('\n')).Where(s => s.Trim().Length > 0);

    private static List<string> WrapKeepingBreaks(string text, XFont font, double width) =>
        text.Replace("\r\n", "\n").Split('\n').SelectMany(line => Wrap(line, font, width)).ToList();

    /// <summary>Greedy word wrap measured with the real font; a word wider than the line is broken.</summary>
    internal static List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Measure(candidate, font) <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            current = word;
            while (Measure(current, font) > width && current.Length > 1)
            {
                var fit = current.Length - 1;
                while (fit > 1 && Measure(current[..fit], font) > width) fit--;
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current);
        return lines;
    }

    private static readonly XGraphics Measurer = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    private static double Measure(string text, XFont font)
    {
        lock (Measurer) return Measurer.MeasureString(text, font).Width;
    }

    /// <summary>The cursor down the pages: knows how much room is left and starts a new page when asked.</summary>
    private sealed class Flow(PdfDocument document)
    {
        private XGraphics? gfx;
        private double y;

        private XGraphics Gfx => gfx ?? NewPage();
        private double Room => PageHeight - Bottom - y;

        private XGraphics NewPage()
        {
            gfx?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            gfx = XGraphics.FromPdfPage(page);
            y = Top;
            return gfx;
        }

        public void Finish() => gfx?.Dispose();

        public void Advance(double points)
        {
            _ = Gfx;
            y += points;
        }

        public void EnsureRoom(double points)
        {
            _ = Gfx;
            if (Room < points) NewPage();
        }

        public void Text(string line, XFont font, double indent)
        {
            EnsureRoom(LineHeight(font));
            Gfx.DrawString(line, font, XBrushes.Black, new XPoint(Left + indent, y + font.Size));
            y += LineHeight(font);
        }

        public void Rule()
        {
            Advance(6);
            Gfx.DrawLine(new XPen(XColors.Black, 1), Left, y, PageWidth - Right, y);
        }

        public void TwoColumns(string left, string right)
        {
            EnsureRoom(LineHeight(Body));
            if (left.Length > 0) Gfx.DrawString(left, Body, XBrushes.Black, new XPoint(Left, y + BodySize));
            if (right.Length > 0) Gfx.DrawString(right, Body, XBrushes.Black, new XPoint(PageWidth - Right - 200, y + BodySize));
            y += LineHeight(Body);
        }

        /// <summary>
        /// Lines of one paragraph, split across pages only where at least two lines stay on each side
        /// (orphan and widow control); a paragraph of three lines or fewer moves whole.
        /// </summary>
        public void Lines(List<string> lines, XFont font, double indent, bool bullet = false)
        {
            var h = LineHeight(font);
            var index = 0;
            while (index < lines.Count)
            {
                var remaining = lines.Count - index;
                var fits = (int)Math.Floor(Room / h);
                int take;
                if (fits >= remaining) take = remaining;
                else
                {
                    take = Math.Min(fits, remaining - MinLinesTogether);
                    if (take < MinLinesTogether)
                    {
                        if (y > Top + 0.5) { NewPage(); continue; }
                        take = Math.Max(1, fits); // a page taller than the paragraph cannot help
                    }
                }
                for (var i = 0; i < take; i++, index++)
                {
                    if (bullet && index == 0) Gfx.DrawString("•", font, XBrushes.Black, new XPoint(Left + indent - 11, y + font.Size));
                    Gfx.DrawString(lines[index], font, XBrushes.Black, new XPoint(Left + indent, y + font.Size));
                    y += h;
                }
                if (index < lines.Count) NewPage();
            }
        }

        public void Pairs(List<string> labels, List<string> values, double labelWidth)
        {
            var h = LineHeight(Body);
            var rows = Math.Max(labels.Count, values.Count);
            if (rows * h <= PageHeight - Top - Bottom) EnsureRoom(rows * h);
            for (var i = 0; i < rows; i++)
            {
                EnsureRoom(h);
                if (i < labels.Count) Gfx.DrawString(labels[i], BodyBold, XBrushes.Black, new XPoint(Left, y + BodySize));
                if (i < values.Count) Gfx.DrawString(values[i], Body, XBrushes.Black, new XPoint(Left + labelWidth, y + BodySize));
                y += h;
            }
        }

        public void Box(List<string> lines, XFont font)
        {
            var h = LineHeight(font);
            EnsureRoom(lines.Count * h + 14);
            var top = y;
            y += 7;
            foreach (var line in lines)
            {
                Gfx.DrawString(line, font, XBrushes.Black, new XPoint(Left + 10, y + font.Size));
                y += h;
            }
            y += 7;
            Gfx.DrawRectangle(new XPen(XColors.Black, 1.5), Left, top, Width, y - top);
        }
    }
}
