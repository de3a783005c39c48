using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Licensing.Domain.Audit;

/// <summary>
/// Appends rows of one append-only record type (the log of register searches) to SQLite with their
/// audit entries, through commands prepared once: the same rows and the same chained entries a
/// context's save would write, without a change tracker, for records written on every request.
/// Columns, conversions and the audit content all come from the model and <see cref="AuditTrail"/>,
/// so a property added to the record is written and audited here as it would be by a save.
/// Used by one writer at a time, on a connection of its own. Only for records nothing else reacts to
/// on save (a save of a register entry also tells the register index; this does not).
/// </summary>
public sealed class SqliteAuditedLog<T> : IDisposable where T : class
{
    private readonly SqliteConnection connection;
    private readonly AuditTrail.Creation created;
    private readonly SqliteCommand chainLock;
    private readonly SqliteCommand lastHash;
    private readonly Insert rows;
    private readonly Insert audit;

    public SqliteAuditedLog(SqliteConnection connection, IModel model)
    {
        this.connection = connection;
        var rowType = model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the model");
        created = new AuditTrail.Creation(rowType);
        chainLock = Prepared(AuditChainHead.LockSql);
        lastHash = Prepared("SELECT \"Hash\" FROM \"AuditEntries\" ORDER BY \"Id\" DESC LIMIT 1");
        rows = new Insert(this, rowType);
        audit = new Insert(this, model.FindEntityType(typeof(AuditEntry))!);
    }

    /// <summary>Writes every row with its audit entry in one transaction, or none of them.</summary>
    public void Append(IReadOnlyList<(T Row, Actor Actor)> batch, DateTime now)
    {
        // BEGIN IMMEDIATE: the write lock is taken first, so a writer on another connection is waited for
        // (busy timeout) rather than met half-way, when SQLite could only fail one of the two.
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var command in Commands) command.Transaction = transaction;
        // Take the chain's lock before reading its head, as every save does (see AuditChainHead).
        chainLock.ExecuteNonQuery();
        var previous = lastHash.ExecuteScalar() as string ?? "";
        foreach (var (row, actor) in batch)
        {
            rows.Execute(row);
            var entry = created.Of(row, actor, now);
            entry.Chain(previous);
            previous = entry.Hash;
            audit.Execute(entry);
        }
        transaction.Commit();
    }

    private SqliteCommand Prepared(string sql, Action<SqliteCommand>? parameters = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters?.Invoke(command);
        command.Prepare();
        return command;
    }

    private SqliteCommand[] Commands => [chainLock, lastHash, rows.Command, audit.Command];

    public void Dispose()
    {
        foreach (var command in Commands) command.Dispose();
    }

    /// <summary>An INSERT of every mapped column, with each value converted as the provider would convert it.</summary>
    private sealed class Insert
    {
        public SqliteCommand Command { get; }
        private readonly (IClrPropertyGetter Value, ValueConverter? Converter, SqliteParameter Parameter)[] columns;

        public Insert(SqliteAuditedLog<T> log, IEntityType type)
        {
            // Left out: a key the database numbers itself (the audit entry's id).
            var properties = type.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
                .ToArray();
            var built = new List<(IClrPropertyGetter, ValueConverter?, SqliteParameter)>();
            Command = log.Prepared(
                $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
                $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})",
                command =>
                {
                    for (var i = 0; i < properties.Length; i++)
                    {
                        var mapping = properties[i].GetRelationalTypeMapping();
                        // The mapping configures the parameter as a save would (a Guid as upper-case text, not a blob).
                        var parameter = (SqliteParameter)mapping.CreateParameter(command, $"$p{i}", null, properties[i].IsNullable);
                        command.Parameters.Add(parameter);
                        built.Add((properties[i].GetGetter(), mapping.Converter, parameter));
                    }
                });
            columns = built.ToArray();
        }

        public void Execute(object entity)
        {
            foreach (var (getter, converter, parameter) in columns)
            {
                var value = getter.GetClrValueUsingContainingEntity(entity);
                parameter.Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
            Command.ExecuteNonQuery();
        }
    }
}
