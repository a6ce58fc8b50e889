using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OfficeReview.Service.Tests.Observability;

/// <summary>One log record as a provider receives it: category, level, event, the formatted line, the structured values and the exception.</summary>
public sealed record LogRecord(string Category, LogLevel Level, EventId Event, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, Exception? Error)
{
    public object? this[string key] => Values.FirstOrDefault(kv => kv.Key == key).Value;

    /// <summary>Everything of the record that a sink could write: the line, every value, the exception with its stack.</summary>
    public string AllText => string.Join("\n", new[] { Category, Message, Error?.ToString() ?? "" }.Concat(Values.Select(kv => $"{kv.Key}={kv.Value}")));
}

/// <summary>A logger provider that keeps every record in memory (the app's real logging pipeline and filters feed it).</summary>
public sealed class InMemoryLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => _records.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), values.ToList(), exception));
        }
    }
}
