using System.Text;

namespace Licensing.Web.Features.Register;

/// <summary>
/// RFC 4180 records with the line each starts on, so a bad row is reported where an officer's
/// spreadsheet shows it (a quoted field may span lines). Also writes fields with the same quoting.
/// </summary>
public static class Rfc4180
{
    public sealed record Row(int Line, string[] Fields, string? Problem);

    public static IEnumerable<Row> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var startLine = 1;
        var quoted = false;
        var inQuotes = false;
        var any = false;
        string? problem = null;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (ch == '\uFEFF' && line == 1 && !any) continue;
            any = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    break;
                case '"':
                    problem ??= "a quote mark inside a field that is not quoted";
                    field.Append(ch);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    if (!(fields.Count == 1 && fields[0].Length == 0 && !quoted)) yield return new Row(startLine, fields.ToArray(), problem);
                    fields.Clear();
                    field.Clear();
                    quoted = false;
                    problem = null;
                    line++;
                    startLine = line;
                    break;
                default:
                    if (quoted) problem ??= "text after a closing quote mark";
                    field.Append(ch);
                    break;
            }
        }
        if (inQuotes) problem ??= "a quoted field is not closed";
        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return new Row(startLine, fields.ToArray(), problem);
        }
    }

    public static string Format(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote));

    private static string Quote(string f) =>
        f.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f;
}
