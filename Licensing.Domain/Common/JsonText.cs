using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Licensing.Domain.Common;

/// <summary>
/// JSON text written by hand into a buffer reused per thread: for records written on every request,
/// where serialising anonymous objects costs more than the rest of the record. The writer escapes
/// exactly as <see cref="JsonSerializer"/> does by default, so the text is the same.
/// </summary>
public static class JsonText
{
    private const int MaxKept = 64 * 1024;
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] private static Utf8JsonWriter? writer;

    /// <summary>The JSON <paramref name="write"/> writes for <paramref name="state"/> (a static lambda: nothing captured, nothing allocated).</summary>
    public static string Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var bytes = buffer ??= new ArrayBufferWriter<byte>(1024);
        bytes.ResetWrittenCount();
        var json = writer ??= new Utf8JsonWriter(bytes);
        json.Reset(bytes);
        write(json, state);
        json.Flush();
        var text = Encoding.UTF8.GetString(bytes.WrittenSpan);
        if (bytes.Capacity > MaxKept) buffer = null; // one large document does not pin its buffer to the thread
        return text;
    }
}
