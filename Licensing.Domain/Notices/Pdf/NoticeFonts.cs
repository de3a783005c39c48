using PdfSharp.Fonts;

namespace Licensing.Domain.Notices.Pdf;

/// <summary>
/// PDFsharp has no built-in fonts on Linux: this finds a sans-serif TrueType family on the machine —
/// Liberation Sans, else DejaVu Sans, else the folder named in <c>Notices:FontFolder</c> — and
/// embeds it. <see cref="Check"/> tells start-up and /health which was found, or that none was.
/// </summary>
public sealed class NoticeFonts : IFontResolver
{
    public const string Family = "Notice Sans";

    private sealed record Face(string Name, string Regular, string Bold, string Italic, string BoldItalic);

    private static readonly Face[] Known =
    [
        new("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        new("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        new("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    ];

    private static readonly string[] SystemFolders =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/dejavu",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
    ];

    private static readonly Lock Gate = new();
    private static NoticeFonts? installed;

    private readonly string folder;
    private readonly Face face;
    private readonly Dictionary<string, byte[]> cache = [];

    private NoticeFonts(string folder, Face face)
    {
        this.folder = folder;
        this.face = face;
    }

    /// <summary>Where the fonts came from, e.g. "Liberation Sans (/usr/share/fonts/truetype/liberation2)".</summary>
    public string Description => $"{face.Name} ({folder})";

    /// <summary>Finds a usable family without installing it: null with a reason when there is none.</summary>
    public static FontCheck Check(string? configuredFolder = null)
    {
        var found = Find(configuredFolder);
        return found is null
            ? new FontCheck(false, "No font for notices: install Debian's fonts-liberation2 (or fonts-dejavu-core), or set Notices:FontFolder to a folder holding LiberationSans-Regular.ttf, DejaVuSans.ttf or arial.ttf and their bold faces")
            : new FontCheck(true, $"Notices use {found.Description}");
    }

    /// <summary>Installs the resolver for the whole process once; later calls return the one installed.</summary>
    public static NoticeFonts Install(string? configuredFolder = null)
    {
        lock (Gate)
        {
            if (installed is not null) return installed;
            installed = Find(configuredFolder) ?? throw new InvalidOperationException(Check(configuredFolder).Message);
            GlobalFontSettings.FontResolver = installed;
            return installed;
        }
    }

    private static NoticeFonts? Find(string? configuredFolder)
    {
        var folders = SystemFolders.ToList();
        if (!string.IsNullOrWhiteSpace(configuredFolder)) folders.Add(configuredFolder);
        foreach (var dir in folders.Where(Directory.Exists))
        foreach (var f in Known)
            if (File.Exists(Path.Combine(dir, f.Regular)) && File.Exists(Path.Combine(dir, f.Bold)))
                return new NoticeFonts(dir, f);
        return null;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => face.BoldItalic,
            (true, false) => face.Bold,
            (false, true) => face.Italic,
            _ => face.Regular,
        });

    public byte[]? GetFont(string faceName)
    {
        lock (cache)
        {
            if (cache.TryGetValue(faceName, out var bytes)) return bytes;
            var path = Path.Combine(folder, faceName);
            // A family without italics still renders: fall back to the upright face.
            if (!File.Exists(path)) path = Path.Combine(folder, faceName.Contains("Bold") ? face.Bold : face.Regular);
            return cache[faceName] = File.ReadAllBytes(path);
        }
    }
}

public sealed record FontCheck(bool Found, string Message);
