using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Licensing.Domain.Audit;

/// <summary>
/// One change to licensing data: who, when, what, before and after. Append-only: the context refuses
/// to update or delete one, and each entry carries the hash of the one before it, so a change made
/// behind the product's back breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public Guid? PersonId { get; private set; }
    public string Summary { get; private set; } = "";
    /// <summary>JSON: { "Property": { "before": ..., "after": ... } }.</summary>
    public string Changes { get; private set; } = "{}";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    internal static AuditEntry Create(DateTime at, Actor actor, string action, string entityType, string entityId, Guid? personId, string summary, string changes) => new()
    {
        At = at,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        PersonId = personId,
        Summary = summary,
        Changes = changes,
    };

    internal void Chain(string previousHash)
    {
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>SHA-256 of the UTF-8 of every field and the previous hash, joined by U+001F, in lower-case hex.</summary>
    public string ComputeHash()
    {
        ReadOnlySpan<string> fields = [PreviousHash, At.ToUniversalTime().ToString("O"), ActorId, ActorName, Action, EntityType, EntityId, PersonId?.ToString() ?? "", Summary, Changes];
        // Encoded into a rented buffer rather than joined and copied: the audit log is written on every search.
        var length = fields.Length - 1;
        foreach (var f in fields) length += Encoding.UTF8.GetByteCount(f);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) buffer[written++] = 0x1f;
                written += Encoding.UTF8.GetBytes(fields[i], buffer.AsSpan(written));
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Who is acting: a signed-in user, a partner authority's key, or a background job.</summary>
public sealed record Actor(string Id, string Name)
{
    public static Actor System(string job) => new($"system:{job}", $"System ({job})");
}

/// <summary>Tells the database context who is making the change it is about to save.</summary>
public interface IActorSource
{
    Actor Current { get; }
}

public sealed class FixedActor(Actor actor) : IActorSource
{
    public Actor Current { get; } = actor;
}

/// <summary>
/// Work done by the system rather than a person (start-up seeding, background jobs): within
/// <c>using (SystemWork.As(Actor.System("job")))</c> every save is attributed to that actor.
/// </summary>
public static class SystemWork
{
    private static readonly AsyncLocal<Actor?> Ambient = new();

    public static Actor? Current => Ambient.Value;

    public static IDisposable As(Actor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(Actor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

/// <summary>
/// One row that every audited save updates first, inside its transaction: it serialises writers of the
/// audit chain on both providers, so two saves at once cannot both link to the same previous entry.
/// </summary>
public sealed class AuditChainHead
{
    /// <summary>Taken first in every transaction that appends to the chain, before its head is read.</summary>
    internal const string LockSql = "UPDATE AuditChainHeads SET Counter = Counter + 1 WHERE Id = 1";

    public int Id { get; private set; } = 1;
    public long Counter { get; private set; }
}
