/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_BYTE_WRITER_H
#define WLC_BYTE_WRITER_H

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup wlc
 * Builds a byte image in network byte order (or, with the *Le writes, least significant byte
 * first, as IEEE 802.11 fields are). Every encoder of the module writes through it, so
 * that a message is one contiguous, byte-exact image before it becomes an ns3::Packet.
 */
class ByteWriter
{
  public:
    /// Append one byte.
    void WriteU8(uint8_t value);
    /// Append a 16-bit value, most significant byte first.
    void WriteU16(uint16_t value);
    /// Append the 24 low bits of \p value, most significant byte first.
    void WriteU24(uint32_t value);
    /// Append a 32-bit value, most significant byte first.
    void WriteU32(uint32_t value);
    /// Append the 48 low bits of \p value, most significant byte first.
    void WriteU48(uint64_t value);
    /// Append a 64-bit value, most significant byte first.
    void WriteU64(uint64_t value);
    /// Append a 16-bit value, least significant byte first (IEEE 802.11 fields).
    void WriteU16Le(uint16_t value);
    /// Append a 32-bit value, least significant byte first (IEEE 802.11 fields).
    void WriteU32Le(uint32_t value);
    /// Append \p size bytes from \p data.
    void WriteBytes(const uint8_t* data, std::size_t size);
    /// Append a byte vector.
    void WriteBytes(const std::vector<uint8_t>& data);
    /// Append the characters of a string (no terminator, no length).
    void WriteString(const std::string& text);
    /// Append \p count copies of \p value.
    void WriteFill(uint8_t value, std::size_t count);
    /// Append a MAC address (6 bytes).
    void WriteMac(Mac48Address address);
    /// Append an IPv4 address (4 bytes).
    void WriteIpv4(Ipv4Address address);

    /**
     * Overwrite a 16-bit value already written, for length fields known only at the end.
     * \param offset where the value starts; offset + 2 must not exceed GetSize()
     * \param value the value
     */
    void PatchU16(std::size_t offset, uint16_t value);

    /// \return the number of bytes written so far
    std::size_t GetSize() const;
    /// \return the bytes written so far
    const std::vector<uint8_t>& GetBytes() const;
    /// \return a new packet holding the bytes written so far
    Ptr<Packet> ToPacket() const;

  private:
    std::vector<uint8_t> m_bytes; //!< the image
};

} // namespace ns3

#endif /* WLC_BYTE_WRITER_H */
