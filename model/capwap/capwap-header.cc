/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-header.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <ostream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapHeader");

namespace
{

/// \param fieldSize bytes of an optional field with its length byte \return padding to 4 bytes
std::size_t
PaddingFor(std::size_t fieldSize)
{
    return (4 - fieldSize % 4) % 4;
}

/// \param size data bytes of an optional field \return bytes it takes: length byte, data, padding
std::size_t
OptionalFieldSize(std::size_t size)
{
    return 1 + size + PaddingFor(1 + size);
}

} // namespace

std::vector<uint8_t>
Ieee80211FrameInfo::ToBytes() const
{
    return {static_cast<uint8_t>(rssi),
            static_cast<uint8_t>(snr),
            static_cast<uint8_t>(dataRate >> 8),
            static_cast<uint8_t>(dataRate)};
}

bool
Ieee80211FrameInfo::FromBytes(const std::vector<uint8_t>& bytes,
                              Ieee80211FrameInfo& out,
                              std::string& why)
{
    if (bytes.size() != SIZE)
    {
        why = "IEEE 802.11 Frame Info must be 4 bytes, not " + std::to_string(bytes.size());
        return false;
    }
    out.rssi = static_cast<int8_t>(bytes[0]);
    out.snr = static_cast<int8_t>(bytes[1]);
    out.dataRate = static_cast<uint16_t>((bytes[2] << 8) | bytes[3]);
    return true;
}

bool
CapwapHeader::HasWirelessSpecificInformation() const
{
    return !wirelessSpecificInformation.empty();
}

bool
CapwapHeader::HasRadioMacAddress() const
{
    return !radioMacAddress.empty();
}

void
CapwapHeader::SetRadioMac(Mac48Address address)
{
    radioMacAddress.assign(6, 0);
    address.CopyTo(radioMacAddress.data());
}

bool
CapwapHeader::GetRadioMac(Mac48Address& address) const
{
    if (radioMacAddress.size() != 6)
    {
        return false;
    }
    address.CopyFrom(radioMacAddress.data());
    return true;
}

void
CapwapHeader::SetFrameInfo(const Ieee80211FrameInfo& info)
{
    wirelessSpecificInformation = info.ToBytes();
}

bool
CapwapHeader::GetFrameInfo(Ieee80211FrameInfo& info, std::string& why) const
{
    if (!HasWirelessSpecificInformation())
    {
        why = "no Wireless Specific Information (W bit clear)";
        return false;
    }
    if (wbid != capwap::WBID_IEEE80211)
    {
        why = "Wireless Specific Information of binding " + std::to_string(wbid) +
              " is not an IEEE 802.11 Frame Info";
        return false;
    }
    return Ieee80211FrameInfo::FromBytes(wirelessSpecificInformation, info, why);
}

std::size_t
CapwapHeader::GetSerializedSize() const
{
    std::size_t size = BASE_SIZE;
    if (HasRadioMacAddress())
    {
        size += OptionalFieldSize(radioMacAddress.size());
    }
    if (HasWirelessSpecificInformation())
    {
        size += OptionalFieldSize(wirelessSpecificInformation.size());
    }
    return size;
}

uint8_t
CapwapHeader::GetHlen() const
{
    return static_cast<uint8_t>(GetSerializedSize() / 4);
}

void
CapwapHeader::Encode(ByteWriter& writer) const
{
    NS_ABORT_MSG_IF(rid > 31, "CAPWAP RID " << unsigned(rid) << " does not fit in 5 bits");
    NS_ABORT_MSG_IF(wbid > 31, "CAPWAP WBID " << unsigned(wbid) << " does not fit in 5 bits");
    NS_ABORT_MSG_IF(flags > 7, "CAPWAP header flags do not fit in 3 bits");
    NS_ABORT_MSG_IF(fragmentOffset > 0x1fff, "CAPWAP fragment offset does not fit in 13 bits");
    NS_ABORT_MSG_IF(radioMacAddress.size() > 255, "CAPWAP Radio MAC Address too long");
    NS_ABORT_MSG_IF(wirelessSpecificInformation.size() > 255,
                    "CAPWAP Wireless Specific Information too long");
    const std::size_t size = GetSerializedSize();
    NS_ABORT_MSG_IF(size > MAX_HLEN * 4u, "CAPWAP header of " << size << " bytes exceeds HLEN 31");

    writer.WriteU8(static_cast<uint8_t>((capwap::VERSION << 4) | capwap::PREAMBLE_CAPWAP));
    uint32_t word = static_cast<uint32_t>(size / 4) << 19;
    word |= static_cast<uint32_t>(rid) << 14;
    word |= static_cast<uint32_t>(wbid) << 9;
    word |= (t ? 1u : 0u) << 8;
    word |= (f ? 1u : 0u) << 7;
    word |= (l ? 1u : 0u) << 6;
    word |= (HasWirelessSpecificInformation() ? 1u : 0u) << 5;
    word |= (HasRadioMacAddress() ? 1u : 0u) << 4;
    word |= (k ? 1u : 0u) << 3;
    word |= flags;
    writer.WriteU24(word);
    writer.WriteU16(fragmentId);
    writer.WriteU16(static_cast<uint16_t>(fragmentOffset << 3));
    if (HasRadioMacAddress())
    {
        writer.WriteU8(static_cast<uint8_t>(radioMacAddress.size()));
        writer.WriteBytes(radioMacAddress);
        writer.WriteFill(0, PaddingFor(1 + radioMacAddress.size()));
    }
    if (HasWirelessSpecificInformation())
    {
        writer.WriteU8(static_cast<uint8_t>(wirelessSpecificInformation.size()));
        writer.WriteBytes(wirelessSpecificInformation);
        writer.WriteFill(0, PaddingFor(1 + wirelessSpecificInformation.size()));
    }
}

bool
CapwapHeader::Decode(ByteReader& reader, CapwapHeader& out, std::string& why)
{
    out = CapwapHeader();
    if (reader.GetRemaining() < 1)
    {
        why = "empty CAPWAP packet";
        return false;
    }
    const std::size_t available = reader.GetRemaining();
    const uint8_t preamble = reader.ReadU8();
    const uint8_t version = preamble >> 4;
    const uint8_t type = preamble & 0x0f;
    if (version != capwap::VERSION)
    {
        why = "unsupported CAPWAP version " + std::to_string(version);
        return false;
    }
    if (type == capwap::PREAMBLE_DTLS)
    {
        why = "DTLS preamble (type 1): DTLS is not supported";
        return false;
    }
    if (type != capwap::PREAMBLE_CAPWAP)
    {
        why = "unknown CAPWAP preamble type " + std::to_string(type);
        return false;
    }
    if (available < BASE_SIZE)
    {
        why = "CAPWAP header truncated: " + std::to_string(available) + " bytes";
        return false;
    }
    const uint32_t word = reader.ReadU24();
    const uint8_t hlen = static_cast<uint8_t>(word >> 19);
    out.rid = static_cast<uint8_t>((word >> 14) & 0x1f);
    out.wbid = static_cast<uint8_t>((word >> 9) & 0x1f);
    out.t = (word >> 8) & 1;
    out.f = (word >> 7) & 1;
    out.l = (word >> 6) & 1;
    const bool w = (word >> 5) & 1;
    const bool m = (word >> 4) & 1;
    out.k = (word >> 3) & 1;
    out.flags = static_cast<uint8_t>(word & 0x07);
    out.fragmentId = reader.ReadU16();
    out.fragmentOffset = static_cast<uint16_t>(reader.ReadU16() >> 3); // 3 reserved bits ignored
    if (hlen < 2)
    {
        why = "CAPWAP HLEN " + std::to_string(hlen) + " is less than 2";
        return false;
    }
    if (hlen * 4u > available)
    {
        why = "CAPWAP HLEN " + std::to_string(hlen) + " (" + std::to_string(hlen * 4) +
              " bytes) exceeds the " + std::to_string(available) + " bytes of the packet";
        return false;
    }
    ByteReader optional = reader.ReadSub(hlen * 4u - BASE_SIZE);
    if (m)
    {
        const uint8_t length = optional.ReadU8();
        if (!optional.IsOk())
        {
            why = "M bit set but no room for the Radio MAC Address in HLEN";
            return false;
        }
        if (length != 6 && length != 8)
        {
            why = "Radio MAC Address length " + std::to_string(length) + " is neither 6 nor 8";
            return false;
        }
        out.radioMacAddress = optional.ReadBytes(length);
        optional.Skip(PaddingFor(1 + length));
        if (!optional.IsOk())
        {
            why = "Radio MAC Address overruns HLEN";
            return false;
        }
    }
    if (w)
    {
        const uint8_t length = optional.ReadU8();
        if (!optional.IsOk())
        {
            why = "W bit set but no room for the Wireless Specific Information in HLEN";
            return false;
        }
        if (length == 0)
        {
            why = "W bit set with an empty Wireless Specific Information";
            return false;
        }
        out.wirelessSpecificInformation = optional.ReadBytes(length);
        optional.Skip(PaddingFor(1 + length));
        if (!optional.IsOk())
        {
            why = "Wireless Specific Information overruns HLEN";
            return false;
        }
    }
    if (optional.GetRemaining() != 0)
    {
        why = "CAPWAP HLEN " + std::to_string(hlen) + " leaves " +
              std::to_string(optional.GetRemaining()) + " bytes not covered by the optional fields";
        return false;
    }
    NS_LOG_LOGIC("decoded " << out);
    return true;
}

bool
operator==(const CapwapHeader& a, const CapwapHeader& b)
{
    return a.rid == b.rid && a.wbid == b.wbid && a.t == b.t && a.f == b.f && a.l == b.l &&
           a.k == b.k && a.flags == b.flags && a.fragmentId == b.fragmentId &&
           a.fragmentOffset == b.fragmentOffset && a.radioMacAddress == b.radioMacAddress &&
           a.wirelessSpecificInformation == b.wirelessSpecificInformation;
}

std::ostream&
operator<<(std::ostream& os, const CapwapHeader& header)
{
    os << "HLEN=" << unsigned(header.GetHlen()) << " RID=" << unsigned(header.rid)
       << " WBID=" << unsigned(header.wbid) << " T=" << header.t << " F=" << header.f
       << " L=" << header.l << " W=" << header.HasWirelessSpecificInformation()
       << " M=" << header.HasRadioMacAddress() << " K=" << header.k;
    if (header.f)
    {
        os << " fragId=" << header.fragmentId << " fragOffset=" << header.fragmentOffset;
    }
    return os;
}

} // namespace ns3
