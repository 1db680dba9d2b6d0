/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "byte-reader.h"

#include "ns3/packet.h"

#include <algorithm>

namespace ns3
{

ByteReader::ByteReader(const uint8_t* data, std::size_t size)
    : m_data(data),
      m_size(data ? size : 0),
      m_offset(0),
      m_ok(true)
{
}

ByteReader::ByteReader(const std::vector<uint8_t>& data)
    : ByteReader(data.data(), data.size())
{
}

bool
ByteReader::Need(std::size_t size)
{
    if (!m_ok || size > m_size - m_offset)
    {
        m_ok = false;
        return false;
    }
    return true;
}

uint8_t
ByteReader::ReadU8()
{
    if (!Need(1))
    {
        return 0;
    }
    return m_data[m_offset++];
}

uint16_t
ByteReader::ReadU16()
{
    if (!Need(2))
    {
        return 0;
    }
    uint16_t value = (uint16_t(m_data[m_offset]) << 8) | m_data[m_offset + 1];
    m_offset += 2;
    return value;
}

uint32_t
ByteReader::ReadU24()
{
    if (!Need(3))
    {
        return 0;
    }
    uint32_t value = (uint32_t(m_data[m_offset]) << 16) | (uint32_t(m_data[m_offset + 1]) << 8) |
                     m_data[m_offset + 2];
    m_offset += 3;
    return value;
}

uint32_t
ByteReader::ReadU32()
{
    if (!Need(4))
    {
        return 0;
    }
    uint32_t high = ReadU16();
    return (high << 16) | ReadU16();
}

uint64_t
ByteReader::ReadU48()
{
    if (!Need(6))
    {
        return 0;
    }
    uint64_t high = ReadU16();
    return (high << 32) | ReadU32();
}

uint64_t
ByteReader::ReadU64()
{
    if (!Need(8))
    {
        return 0;
    }
    uint64_t high = ReadU32();
    return (high << 32) | ReadU32();
}

uint16_t
ByteReader::ReadU16Le()
{
    if (!Need(2))
    {
        return 0;
    }
    uint16_t value = m_data[m_offset] | (uint16_t(m_data[m_offset + 1]) << 8);
    m_offset += 2;
    return value;
}

uint32_t
ByteReader::ReadU32Le()
{
    if (!Need(4))
    {
        return 0;
    }
    uint32_t low = ReadU16Le();
    return low | (uint32_t(ReadU16Le()) << 16);
}

bool
ByteReader::ReadBytes(uint8_t* out, std::size_t size)
{
    if (!Need(size))
    {
        return false;
    }
    std::copy(m_data + m_offset, m_data + m_offset + size, out);
    m_offset += size;
    return true;
}

std::vector<uint8_t>
ByteReader::ReadBytes(std::size_t size)
{
    if (!Need(size))
    {
        return {};
    }
    std::vector<uint8_t> bytes(m_data + m_offset, m_data + m_offset + size);
    m_offset += size;
    return bytes;
}

std::string
ByteReader::ReadString(std::size_t size)
{
    if (!Need(size))
    {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(m_data + m_offset), size);
    m_offset += size;
    return text;
}

Mac48Address
ByteReader::ReadMac()
{
    uint8_t buffer[6];
    if (!ReadBytes(buffer, sizeof(buffer)))
    {
        return Mac48Address("00:00:00:00:00:00");
    }
    Mac48Address address;
    address.CopyFrom(buffer);
    return address;
}

Ipv4Address
ByteReader::ReadIpv4()
{
    if (!Need(4))
    {
        return Ipv4Address::GetAny();
    }
    return Ipv4Address(ReadU32());
}

void
ByteReader::Skip(std::size_t size)
{
    if (Need(size))
    {
        m_offset += size;
    }
}

ByteReader
ByteReader::ReadSub(std::size_t size)
{
    if (!Need(size))
    {
        ByteReader failed(nullptr, 0);
        failed.m_ok = false;
        return failed;
    }
    ByteReader sub(m_data + m_offset, size);
    m_offset += size;
    return sub;
}

std::size_t
ByteReader::GetRemaining() const
{
    return m_size - m_offset;
}

std::size_t
ByteReader::GetOffset() const
{
    return m_offset;
}

bool
ByteReader::IsOk() const
{
    return m_ok;
}

bool
ByteReader::IsDone() const
{
    return m_ok && m_offset == m_size;
}

std::vector<uint8_t>
ByteReader::GetRest() const
{
    return std::vector<uint8_t>(m_data + m_offset, m_data + m_size);
}

std::vector<uint8_t>
ByteReader::PacketBytes(Ptr<const Packet> packet)
{
    std::vector<uint8_t> bytes(packet->GetSize());
    if (!bytes.empty())
    {
        packet->CopyData(bytes.data(), static_cast<uint32_t>(bytes.size()));
    }
    return bytes;
}

} // namespace ns3
