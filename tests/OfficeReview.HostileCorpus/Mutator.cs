using System.Text;
using System.Text.RegularExpressions;

namespace OfficeReview.HostileCorpus;

/// <summary>
/// A seeded mutation fuzzer over valid inputs: byte flips, truncation, inserted and repeated chunks, and — for zip
/// packages — duplicated, dropped and reordered entries and edited XML text inside an entry. Same seed, same inputs.
/// </summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] s_numbers =
        ["-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1E+308", "NaN", "4294967296", "99999999999999999999", "1.5", "", " "];

    private static readonly string[] s_fragments =
        ["<", ">", "&", "&amp;", "&#0;", "&#xD800;", "\uFFFE", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "<a><b>", "</c>", "\"", "'", "]]>", "<![CDATA[", "\0", "\u202E", "XFE10", "A1048577", "$A$1:$XFD$1048576"];

    public int Next(int max) => _random.Next(max);

    /// <summary>One mutation of <paramref name="input"/>, and what was done (for the crash report).</summary>
    public (byte[] Bytes, string How) Mutate(byte[] input)
    {
        if (input.Length >= 4 && input[0] == 'P' && input[1] == 'K' && _random.Next(3) > 0)
        {
            try
            {
                return MutatePackage(Package.Read(input));
            }
            catch (InvalidDataException) { }
        }
        return MutateBytes(input);
    }

    private (byte[], string) MutateBytes(byte[] input)
    {
        var b = (byte[])input.Clone();
        switch (_random.Next(6))
        {
            case 0:
            {
                var n = 1 + _random.Next(16);
                for (var i = 0; i < n && b.Length > 0; i++) b[_random.Next(b.Length)] ^= (byte)(1 << _random.Next(8));
                return (b, $"flipped {n} bits");
            }
            case 1:
            {
                var at = b.Length == 0 ? 0 : _random.Next(b.Length);
                return (b[..at], $"truncated at {at}");
            }
            case 2:
            {
                var at = _random.Next(b.Length + 1);
                var junk = new byte[1 + _random.Next(64)];
                _random.NextBytes(junk);
                return ([.. b[..at], .. junk, .. b[at..]], $"inserted {junk.Length} random bytes at {at}");
            }
            case 3:
            {
                if (b.Length < 2) return (b, "unchanged");
                var from = _random.Next(b.Length - 1);
                var len = 1 + _random.Next(Math.Min(4096, b.Length - from));
                var at = _random.Next(b.Length);
                return ([.. b[..at], .. b.AsSpan(from, len), .. b[at..]], $"repeated {len} bytes from {from} at {at}");
            }
            case 4:
            {
                if (b.Length < 2) return (b, "unchanged");
                var from = _random.Next(b.Length - 1);
                var len = 1 + _random.Next(Math.Min(4096, b.Length - from));
                return ([.. b[..from], .. b[(from + len)..]], $"removed {len} bytes at {from}");
            }
            default:
                return (U(MutateText(Encoding.UTF8.GetString(b), out var how)), how);
        }
    }

    private (byte[], string) MutatePackage(Package p)
    {
        if (p.Entries.Count == 0) return (p.ToZip(), "empty package");
        var i = _random.Next(p.Entries.Count);
        var (name, data) = p.Entries[i];
        switch (_random.Next(7))
        {
            case 0:
                p.Entries.Insert(_random.Next(p.Entries.Count + 1), (name, data));
                return (p.ToZip(), $"duplicated entry {name}");
            case 1:
                p.Entries.RemoveAt(i);
                return (p.ToZip(), $"dropped entry {name}");
            case 2:
            {
                var j = _random.Next(p.Entries.Count);
                (p.Entries[i], p.Entries[j]) = (p.Entries[j], p.Entries[i]);
                return (p.ToZip(), $"swapped entries {i} and {j}");
            }
            case 3:
            {
                var (bytes, how) = MutateBytes(data);
                p.Entries[i] = (name, bytes);
                return (p.ToZip(), $"{name}: {how}");
            }
            case 4:
            {
                var j = _random.Next(p.Entries.Count);
                p.Entries[i] = (name, p.Entries[j].Data);
                return (p.ToZip(), $"{name} given the content of {p.Entries[j].Name}");
            }
            default:
            {
                var text = MutateText(Encoding.UTF8.GetString(data), out var how);
                p.Entries[i] = (name, U(text));
                return (p.ToZip(), $"{name}: {how}");
            }
        }
    }

    /// <summary>Edits XML or JSON text: a number replaced, a tag or span removed or repeated, a fragment inserted.</summary>
    public string MutateText(string text, out string how)
    {
        if (text.Length == 0) { how = "empty text"; return text; }
        switch (_random.Next(5))
        {
            case 0:
            {
                var numbers = Regex.Matches(text, @"-?\d+(\.\d+)?");
                if (numbers.Count == 0) goto default;
                var m = numbers[_random.Next(numbers.Count)];
                var replacement = s_numbers[_random.Next(s_numbers.Length)];
                how = $"number {m.Value} at {m.Index} → \"{replacement}\"";
                return text[..m.Index] + replacement + text[(m.Index + m.Length)..];
            }
            case 1:
            {
                var tags = Regex.Matches(text, "<[^<>]{1,200}>");
                if (tags.Count == 0) goto default;
                var m = tags[_random.Next(tags.Count)];
                how = $"tag {Short(m.Value)} removed";
                return text[..m.Index] + text[(m.Index + m.Length)..];
            }
            case 2:
            {
                var from = _random.Next(text.Length);
                var len = Math.Min(text.Length - from, 1 + _random.Next(2000));
                var times = 1 + _random.Next(50);
                how = $"{len} characters at {from} repeated {times} times";
                return text[..from] + string.Concat(Enumerable.Repeat(text.Substring(from, len), times)) + text[from..];
            }
            case 3:
            {
                var attributes = Regex.Matches(text, "=\"[^\"]{0,100}\"");
                if (attributes.Count == 0) goto default;
                var m = attributes[_random.Next(attributes.Count)];
                var value = s_fragments.Concat(s_numbers).ElementAt(_random.Next(s_fragments.Length + s_numbers.Length)).Replace("\"", "&quot;");
                how = $"attribute value {Short(m.Value)} → \"{Short(value)}\"";
                return text[..m.Index] + "=\"" + value + "\"" + text[(m.Index + m.Length)..];
            }
            default:
            {
                var at = _random.Next(text.Length + 1);
                var fragment = s_fragments[_random.Next(s_fragments.Length)];
                how = $"inserted \"{Short(fragment)}\" at {at}";
                return text[..at] + fragment + text[at..];
            }
        }
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
}
