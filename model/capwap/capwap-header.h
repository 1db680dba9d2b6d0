/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_HEADER_H
#define WLC_CAPWAP_HEADER_H

#include "capwap-constants.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/mac48-address.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * IEEE 802.11 Frame Info, the Wireless Specific Information of a data frame received from a
 * station (RFC 5416 §4): RSSI (dBm), SNR (dB), both signed, and the data rate in 0.1 Mb/s.
 */
struct Ieee80211FrameInfo
{
    static constexpr std::size_t SIZE = 4; //!< bytes on the wire

    int8_t rssi{0};       //!< RSSI in dBm
    int8_t snr{0};        //!< SNR in dB
    uint16_t dataRate{0}; //!< data rate in units of 0.1 Mb/s

    /// \return the 4-byte encoding
    std::vector<uint8_t> ToBytes() const;
    /**
     * Decode the 4-byte encoding.
     * \param bytes the Wireless Specific Information data
     * \param out the result
     * \param why the reason on failure
     * \return false if \p bytes is not exactly 4 bytes long
     */
    static bool FromBytes(const std::vector<uint8_t>& bytes,
                          Ieee80211FrameInfo& out,
                          std::string& why);
};

/**
 * \ingroup wlc
 * The CAPWAP header (RFC 5415 §4.3) with its preamble (§4.1), clear text only:
 *
 *     | Version | Type | HLEN | RID | WBID |T|F|L|W|M|K|Flags|
 *     | Fragment ID | Frag Offset | Rsvd |
 *     | (optional) Radio MAC Address: Length, MAC, padding to 4 bytes |
 *     | (optional) Wireless Specific Information: Length, Data, padding to 4 bytes |
 *
 * The W and M bits are set when (and only when) the corresponding optional field is non-empty;
 * HLEN is computed by Encode(). Decode() accepts only version 0 with preamble type 0 (a DTLS
 * preamble, type 1, is rejected: DTLS is not implemented).
 */
struct CapwapHeader
{
    static constexpr std::size_t BASE_SIZE = 8; //!< size without optional fields (HLEN 2)
    static constexpr uint8_t MAX_HLEN = 31;     //!< HLEN is a 5-bit count of 4-byte words

    uint8_t rid{0};                       //!< Radio ID (5 bits)
    uint8_t wbid{capwap::WBID_IEEE80211}; //!< Wireless Binding ID (5 bits)
    bool t{false};              //!< T: payload is in the native format of WBID (else IEEE 802.3)
    bool f{false};              //!< F: the packet is a fragment
    bool l{false};              //!< L: last fragment (meaningful only with F)
    bool k{false};              //!< K: Data Channel Keep-Alive
    uint8_t flags{0};           //!< the 3 reserved flag bits (sent as given, normally 0)
    uint16_t fragmentId{0};     //!< Fragment ID
    uint16_t fragmentOffset{0}; //!< Fragment Offset in 8-byte units (13 bits)
    /// Radio MAC Address field (M bit); 6 (EUI-48) or 8 (EUI-64) bytes, or empty if absent
    std::vector<uint8_t> radioMacAddress;
    /// Wireless Specific Information data (W bit), 1..255 bytes, or empty if absent
    std::vector<uint8_t> wirelessSpecificInformation;

    /// \return the W bit (Wireless Specific Information present)
    bool HasWirelessSpecificInformation() const;
    /// \return the M bit (Radio MAC Address present)
    bool HasRadioMacAddress() const;
    /// Set the Radio MAC Address to an EUI-48 address. \param address the radio's MAC
    void SetRadioMac(Mac48Address address);
    /**
     * \param address set to the Radio MAC Address
     * \return false if the field is absent or not an EUI-48 address
     */
    bool GetRadioMac(Mac48Address& address) const;
    /// Set the Wireless Specific Information to an IEEE 802.11 Frame Info. \param info it
    void SetFrameInfo(const Ieee80211FrameInfo& info);
    /**
     * \param info set to the IEEE 802.11 Frame Info carried as Wireless Specific Information
     * \param why the reason on failure
     * \return false if W is clear, the binding is not IEEE 802.11 or the data is not 4 bytes
     */
    bool GetFrameInfo(Ieee80211FrameInfo& info, std::string& why) const;

    /// \return HLEN, the header length in 4-byte words, including padding
    uint8_t GetHlen() const;
    /// \return the header size in bytes (HLEN * 4)
    std::size_t GetSerializedSize() const;
    /**
     * Write the preamble and header. Aborts if a field does not fit (RID/WBID > 31, optional
     * field > 255 bytes, header > 124 bytes): those are programming errors, not packet contents.
     * \param writer where to write
     */
    void Encode(ByteWriter& writer) const;
    /**
     * Read and validate a preamble and header: version 0, type 0, HLEN >= 2, HLEN * 4 bytes
     * present, optional fields inside HLEN and filling it exactly.
     * \param reader positioned at the preamble; on success, positioned after HLEN * 4 bytes
     * \param out the header
     * \param why the reason on failure
     * \return true on success
     */
    static bool Decode(ByteReader& reader, CapwapHeader& out, std::string& why);
};

/**
 * \param a a header \param b another \return true if every field is equal
 */
bool operator==(const CapwapHeader& a, const CapwapHeader& b);

/**
 * Print the header fields on one line.
 * \param os the stream \param header the header \return the stream
 */
std::ostream& operator<<(std::ostream& os, const CapwapHeader& header);

} // namespace ns3

#endif /* WLC_CAPWAP_HEADER_H */
