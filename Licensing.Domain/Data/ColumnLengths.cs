using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Licensing.Domain.Data;

/// <summary>
/// Text longer than its column is refused before anything is written, naming the field. On SQL Server the
/// columns are nvarchar(n) and the whole save would fail with an error the officer cannot act on ("Something
/// went wrong", their typing lost); SQLite (the tests, the default) would store it anyway, so only this
/// check makes both providers behave the same. The limits are the model's own (HasMaxLength).
/// </summary>
internal static class ColumnLengths
{
    // Per entity or complex type: its text properties that have a limit. The model does not change while the app runs.
    private static readonly ConcurrentDictionary<ITypeBase, IProperty[]> Limited = new();

    /// <summary>Called by the save just after it detected changes, so the entries are read without detecting them again.</summary>
    public static void Check(ChangeTracker tracker)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var e in tracker.Entries())
            {
                if (e.State is not (EntityState.Added or EntityState.Modified)) continue;
                foreach (var p in LimitedOf(e.Metadata)) Check(e.State, e.Property(p), p.Name);
                // Complex types (an address) are not in Properties; the form names their fields Address.Line1.
                foreach (var complex in e.ComplexProperties)
                    foreach (var p in LimitedOf(complex.Metadata.ComplexType)) Check(e.State, complex.Property(p.Name), $"{complex.Metadata.Name}.{p.Name}");
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static IProperty[] LimitedOf(ITypeBase type) =>
        Limited.GetOrAdd(type, t => [.. t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)]);

    private static void Check(EntityState state, PropertyEntry p, string field)
    {
        if (state == EntityState.Modified && !p.IsModified) return;
        if (p.CurrentValue is not string text || text.Length <= p.Metadata.GetMaxLength()!.Value) return;
        throw new DomainRuleException($"{AuditTrail.Words(field.Replace(".", ""))} must be {p.Metadata.GetMaxLength()} characters or fewer (it has {text.Length})", field);
    }
}
