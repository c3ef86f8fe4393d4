using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Grader.Tests.Support;

/// <summary>
/// One Chrome DevTools Protocol connection: commands are matched to their replies by id, and everything else
/// the browser sends is an event handed to <see cref="EventReceived"/> on the receiving task.
/// </summary>
internal sealed class DevToolsSocket : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task receiving = Task.CompletedTask;
    private int lastId;

    private DevToolsSocket()
    {
    }

    public event Action<string, JsonElement>? EventReceived;

    public static async Task<DevToolsSocket> ConnectAsync(Uri uri, CancellationToken cancellation)
    {
        var connection = new DevToolsSocket();
        await connection.socket.ConnectAsync(uri, cancellation);
        connection.receiving = Task.Run(connection.ReceiveAsync);
        return connection;
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error becomes an exception naming the method.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellation)
    {
        var id = Interlocked.Increment(ref lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        // A WebSocket allows one send at a time; events may make several callers send at once.
        await sending.WaitAsync(cancellation);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        }
        finally
        {
            sending.Release();
        }

        try
        {
            return await reply.Task.WaitAsync(cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"DevTools {method} failed: {e.Message}", e);
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away or we are closing: the callers still waiting learn it below.
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new InvalidOperationException("The DevTools connection closed before the reply."));
        }
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!pending.TryGetValue(id.GetInt32(), out var reply))
            {
                return;
            }

            if (root.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException(error.GetRawText()));
            }
            else
            {
                reply.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            }
        }
        else if (root.TryGetProperty("method", out var method))
        {
            EventReceived?.Invoke(method.GetString()!, root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        socket.Abort();
        try
        {
            await receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        socket.Dispose();
        sending.Dispose();
        closing.Dispose();
    }
}
