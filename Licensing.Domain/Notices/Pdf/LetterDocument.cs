namespace Licensing.Domain.Notices.Pdf;

/// <summary>
/// What a letter says, independent of how it is laid out: the composer turns it into A4 pages.
/// </summary>
public sealed record LetterDocument(
    string Title,
    string Reference,
    Letterhead Letterhead,
    IReadOnlyList<string> RecipientLines,
    DateOnly Date,
    IReadOnlyList<Block> Blocks);

/// <summary>The council's details printed at the top of the first page.</summary>
public sealed record Letterhead(string AuthorityName, string ServiceName, string Address, string Phone, string Email);

public abstract record Block;

public sealed record Heading(string Text) : Block;

/// <summary>Running text; a line break inside it starts a new line, a blank line a new paragraph.</summary>
public sealed record Paragraph(string Text, bool Bold = false) : Block;

public sealed record Bullets(IReadOnlyList<string> Items) : Block;

/// <summary>Label and value side by side, for the particulars of a licence or decision.</summary>
public sealed record Fields(IReadOnlyList<(string Label, string Value)> Rows) : Block;

/// <summary>A boxed statement that must not be missed (immediate effect, return of the badge).</summary>
public sealed record Callout(string Text) : Block;
