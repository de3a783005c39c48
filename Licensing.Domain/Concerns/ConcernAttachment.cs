using System.Security.Cryptography;
using Licensing.Domain.Common;

namespace Licensing.Domain.Concerns;

/// <summary>A file that came with a concern (a screenshot, a statement). The SHA-256 shows it was not altered since.</summary>
public sealed class ConcernAttachment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ConcernId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    /// <summary>Path under the storage folder; never a name the uploader chose.</summary>
    public string StoredAs { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";

    private ConcernAttachment() { }

    internal static ConcernAttachment Create(string fileName, string contentType, long size, string sha256, string storedAs, string by, DateTime nowUtc) => new()
    {
        FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256, StoredAs = storedAs, UploadedBy = by, UploadedAt = nowUtc,
    };
}

/// <summary>
/// Where attachment files live: the configured <c>Storage:Folder</c> (or App_Data), outside the web root.
/// Files are written under a generated name and hashed as they are written.
/// </summary>
public sealed class AttachmentStore(string folder)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".txt", ".doc", ".docx", ".eml", ".msg", ".mp3", ".m4a", ".mp4" };

    public string Folder { get; } = folder;

    public async Task<ConcernAttachment> SaveAsync(Stream content, string fileName, string contentType, string by, DateTime nowUtc, CancellationToken ct = default)
    {
        var safeName = Path.GetFileName(fileName ?? "").Trim();
        if (safeName.Length == 0) throw new DomainRuleException("Choose a file to attach", "Attachment");
        if (!AllowedExtensions.Contains(Path.GetExtension(safeName)))
            throw new DomainRuleException($"{safeName} is not a file type the service keeps: use PDF, an image, a document, an email or a recording", "Attachment");
        var id = Guid.CreateVersion7();
        var relative = Path.Combine("attachments", nowUtc.ToString("yyyy"), id.ToString("N"));
        var full = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        long size = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var file = File.Create(full))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > MaxBytes)
                {
                    file.Close();
                    File.Delete(full);
                    throw new DomainRuleException($"{safeName} is larger than {MaxBytes / 1024 / 1024} MB", "Attachment");
                }
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (size == 0)
        {
            File.Delete(full);
            throw new DomainRuleException($"{safeName} is empty", "Attachment");
        }
        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        return ConcernAttachment.Create(safeName, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, size, hash, relative, by, nowUtc);
    }

    public Stream Open(ConcernAttachment attachment) => File.OpenRead(Path.Combine(Folder, attachment.StoredAs));
}
