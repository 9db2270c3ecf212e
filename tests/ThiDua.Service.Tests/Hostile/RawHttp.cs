using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ThiDua.Service.Tests.Hostile;

/// <summary>
/// HTTP/1.1 on a bare socket for uploads that HttpClient cannot make: a chunked body written while the answer is read, so
/// a server that answers before the body ends (and then stops reading) is heard, as curl hears it.
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// POSTs <paramref name="body"/> chunked to <paramref name="path"/> with a bearer token; returns the status, the time to
    /// it and how many body bytes were written before it came.
    /// </summary>
    public static async Task<(int Status, TimeSpan Elapsed, long Sent)> PostChunkedAsync(Uri server, string path, string token, HttpContent body)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        var head = $"POST /{path} HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\n" +
                   $"Content-Type: {body.Headers.ContentType}\r\nTransfer-Encoding: chunked\r\n\r\n";
        var clock = Stopwatch.StartNew();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var answer = ReadStatusAsync(stream);
        var chunked = new ChunkedWriter(stream, answer);
        try
        {
            await body.CopyToAsync(chunked);
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The server answered and closed, or stopped reading: what it said is in the answer.
        }
        var status = await answer.WaitAsync(TimeSpan.FromMinutes(2));
        return (status, clock.Elapsed, chunked.Sent);
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1 && one[0] != '\n') line.Append((char)one[0]);
        var parts = line.ToString().Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : -1;
    }

    /// <summary>Writes what it is given as HTTP chunks, and stops (throws) once the answer has come.</summary>
    private sealed class ChunkedWriter(NetworkStream stream, Task answer) : Stream
    {
        public long Sent { get; private set; }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (answer.IsCompleted) throw new OperationCanceledException("answered");
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{buffer.Length:X}\r\n"), cancellationToken);
            await stream.WriteAsync(buffer, cancellationToken);
            await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
            Sent += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Sent; set => throw new NotSupportedException(); }
    }
}
