/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "byte-writer.h"

#include "ns3/abort.h"
#include "ns3/packet.h"

namespace ns3
{

void
ByteWriter::WriteU8(uint8_t value)
{
    m_bytes.push_back(value);
}

void
ByteWriter::WriteU16(uint16_t value)
{
    m_bytes.push_back(static_cast<uint8_t>(value >> 8));
    m_bytes.push_back(static_cast<uint8_t>(value));
}

void
ByteWriter::WriteU24(uint32_t value)
{
    m_bytes.push_back(static_cast<uint8_t>(value >> 16));
    WriteU16(static_cast<uint16_t>(value));
}

void
ByteWriter::WriteU32(uint32_t value)
{
    WriteU16(static_cast<uint16_t>(value >> 16));
    WriteU16(static_cast<uint16_t>(value));
}

void
ByteWriter::WriteU48(uint64_t value)
{
    WriteU16(static_cast<uint16_t>(value >> 32));
    WriteU32(static_cast<uint32_t>(value));
}

void
ByteWriter::WriteU64(uint64_t value)
{
    WriteU32(static_cast<uint32_t>(value >> 32));
    WriteU32(static_cast<uint32_t>(value));
}

void
ByteWriter::WriteU16Le(uint16_t value)
{
    WriteU8(static_cast<uint8_t>(value));
    WriteU8(static_cast<uint8_t>(value >> 8));
}

void
ByteWriter::WriteU32Le(uint32_t value)
{
    WriteU16Le(static_cast<uint16_t>(value));
    WriteU16Le(static_cast<uint16_t>(value >> 16));
}

void
ByteWriter::WriteBytes(const uint8_t* data, std::size_t size)
{
    m_bytes.insert(m_bytes.end(), data, data + size);
}

void
ByteWriter::WriteBytes(const std::vector<uint8_t>& data)
{
    m_bytes.insert(m_bytes.end(), data.begin(), data.end());
}

void
ByteWriter::WriteString(const std::string& text)
{
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
}

void
ByteWriter::WriteFill(uint8_t value, std::size_t count)
{
    m_bytes.insert(m_bytes.end(), count, value);
}

void
ByteWriter::WriteMac(Mac48Address address)
{
    uint8_t buffer[6];
    address.CopyTo(buffer);
    WriteBytes(buffer, sizeof(buffer));
}

void
ByteWriter::WriteIpv4(Ipv4Address address)
{
    WriteU32(address.Get());
}

void
ByteWriter::PatchU16(std::size_t offset, uint16_t value)
{
    NS_ABORT_MSG_IF(offset + 2 > m_bytes.size(), "ByteWriter::PatchU16 outside the image");
    m_bytes[offset] = static_cast<uint8_t>(value >> 8);
    m_bytes[offset + 1] = static_cast<uint8_t>(value);
}

std::size_t
ByteWriter::GetSize() const
{
    return m_bytes.size();
}

const std::vector<uint8_t>&
ByteWriter::GetBytes() const
{
    return m_bytes;
}

Ptr<Packet>
ByteWriter::ToPacket() const
{
    return Create<Packet>(m_bytes.data(), static_cast<uint32_t>(m_bytes.size()));
}

} // namespace ns3
