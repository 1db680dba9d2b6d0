/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_BYTE_READER_H
#define WLC_BYTE_READER_H

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
 * Reads a byte image in network byte order (or, with the *Le reads, least significant byte
 * first, as IEEE 802.11 fields are) without ever reading past its end.
 *
 * Every decoder of the module reads through it. A read that would pass the end reads nothing,
 * returns zero and marks the reader failed; the failure is sticky, so a decoder can read a whole
 * structure and check IsOk() once. Nothing here asserts on the contents of a packet.
 */
class ByteReader
{
  public:
    /**
     * Read \p size bytes at \p data; the bytes must outlive the reader.
     * \param data the first byte
     * \param size the number of bytes
     */
    ByteReader(const uint8_t* data, std::size_t size);
    /**
     * Read the bytes of a vector, which must outlive the reader.
     * \param data the bytes
     */
    explicit ByteReader(const std::vector<uint8_t>& data);

    /// \return the next byte, or 0 if none is left
    uint8_t ReadU8();
    /// \return the next 16-bit value, or 0 if fewer than 2 bytes are left
    uint16_t ReadU16();
    /// \return the next 24-bit value, or 0 if fewer than 3 bytes are left
    uint32_t ReadU24();
    /// \return the next 32-bit value, or 0 if fewer than 4 bytes are left
    uint32_t ReadU32();
    /// \return the next 48-bit value, or 0 if fewer than 6 bytes are left
    uint64_t ReadU48();
    /// \return the next 64-bit value, or 0 if fewer than 8 bytes are left
    uint64_t ReadU64();
    /// \return the next 16-bit value stored least significant byte first (IEEE 802.11 fields),
    ///         or 0 if fewer than 2 bytes are left
    uint16_t ReadU16Le();
    /// \return the next 32-bit value stored least significant byte first (IEEE 802.11 fields),
    ///         or 0 if fewer than 4 bytes are left
    uint32_t ReadU32Le();
    /**
     * Copy the next bytes out.
     * \param out where to copy them
     * \param size how many
     * \return false (and nothing copied) if fewer than \p size bytes are left
     */
    bool ReadBytes(uint8_t* out, std::size_t size);
    /// \param size how many bytes \return them, or an empty vector if fewer are left
    std::vector<uint8_t> ReadBytes(std::size_t size);
    /// \param size how many bytes \return them as a string, or "" if fewer are left
    std::string ReadString(std::size_t size);
    /// \return the next MAC address, or 00:00:00:00:00:00 if fewer than 6 bytes are left
    Mac48Address ReadMac();
    /// \return the next IPv4 address, or 0.0.0.0 if fewer than 4 bytes are left
    Ipv4Address ReadIpv4();
    /// Skip \p size bytes (fails like a read if fewer are left). \param size how many
    void Skip(std::size_t size);
    /**
     * Split off the next bytes as a reader of their own and skip them here.
     * \param size how many bytes the new reader covers
     * \return the new reader; a failed, empty one if fewer bytes are left
     */
    ByteReader ReadSub(std::size_t size);

    /// \return the number of bytes not read yet
    std::size_t GetRemaining() const;
    /// \return the number of bytes read (or skipped) so far
    std::size_t GetOffset() const;
    /// \return true while no read has passed the end
    bool IsOk() const;
    /// \return true when every byte was read and no read failed
    bool IsDone() const;
    /// \return the unread bytes
    std::vector<uint8_t> GetRest() const;

    /**
     * Copy the bytes of a packet, to decode them with a ByteReader.
     * \param packet the packet
     * \return its bytes
     */
    static std::vector<uint8_t> PacketBytes(Ptr<const Packet> packet);

  private:
    /// \param size bytes wanted \return true if they are there; otherwise mark the reader failed
    bool Need(std::size_t size);

    const uint8_t* m_data; //!< first byte
    std::size_t m_size;    //!< number of bytes
    std::size_t m_offset;  //!< next byte to read
    bool m_ok;             //!< false once a read passed the end
};

} // namespace ns3

#endif /* WLC_BYTE_READER_H */
