/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FAST_BSS_TRANSITION_ELEMENT_H
#define WLC_FAST_BSS_TRANSITION_ELEMENT_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The Fast BSS Transition element (FTE, IEEE 802.11-2020 9.4.2.47) for the AKMs with a
 * 16-octet MIC (00-0F-AC:3 and 00-0F-AC:4): Element ID 55, Length, MIC Control (2 octets,
 * little endian: bit 0 RSNXE Used, bits 1-7 reserved, bits 8-15 Element Count), MIC (16),
 * ANonce (32), SNonce (32), then optional subelements (ID, Length, Data):
 * - 1 R1KH-ID: 6 octets;
 * - 2 GTK: Key Info (2, little endian: bits 0-1 Key ID), Key Length (1), RSC (8), Wrapped Key
 *   (24..40 octets, a multiple of 8: the AES-Key-Wrapped GTK with its padding);
 * - 3 R0KH-ID: 1..48 octets;
 * - 4 IGTK: Key ID (2), IPN (6), Key Length (1), Wrapped Key (24..40), kept as raw data;
 * - any other subelement (OCI, BIGTK, ...) is kept raw, in the order received.
 *
 * Encode writes the subelements in the order R1KH-ID, GTK, R0KH-ID, IGTK, then the others.
 * Decode accepts them in any order but rejects a second copy of subelements 1 to 4. The MIC
 * is computed over the FTE with the MIC field zero: EncodeWithZeroMic() for an FTE being
 * built, ZeroMic() for the octets of a received one (FtCrypto::FtMic).
 */
class FastBssTransitionElement
{
  public:
    static constexpr uint8_t ELEMENT_ID = 55;           //!< Element ID of the FTE
    static constexpr std::size_t MIC_SIZE = 16;         //!< MIC size (AKM 3 and 4)
    static constexpr std::size_t NONCE_SIZE = 32;       //!< ANonce / SNonce size
    static constexpr std::size_t MIC_OFFSET = 4;        //!< offset of the MIC in the element
    static constexpr std::size_t FIXED_LENGTH = 82;     //!< MIC Control + MIC + ANonce + SNonce
    static constexpr uint8_t SUB_R1KH_ID = 1;           //!< R1KH-ID subelement ID
    static constexpr uint8_t SUB_GTK = 2;               //!< GTK subelement ID
    static constexpr uint8_t SUB_R0KH_ID = 3;           //!< R0KH-ID subelement ID
    static constexpr uint8_t SUB_IGTK = 4;              //!< IGTK subelement ID
    static constexpr std::size_t R1KH_ID_SIZE = 6;      //!< R1KH-ID size
    static constexpr std::size_t MAX_R0KH_ID_SIZE = 48; //!< longest R0KH-ID
    static constexpr std::size_t GTK_FIXED_SIZE = 11;   //!< Key Info + Key Length + RSC
    static constexpr std::size_t RSC_SIZE = 8;          //!< RSC size
    static constexpr std::size_t MIN_WRAPPED_KEY = 24;  //!< shortest wrapped GTK / IGTK
    static constexpr std::size_t MAX_WRAPPED_KEY = 40;  //!< longest wrapped GTK / IGTK
    static constexpr std::size_t IGTK_FIXED_SIZE = 9;   //!< Key ID + IPN + Key Length
    static constexpr uint16_t RSNXE_USED = 0x0001;      //!< MIC Control bit 0

    /// The GTK subelement.
    struct Gtk
    {
        uint16_t keyInfo{0};             //!< Key Info (bits 0-1 Key ID, the rest reserved)
        uint8_t keyLength{0};            //!< Key Length: the GTK's length before wrapping
        std::vector<uint8_t> rsc;        //!< RSC, 8 octets
        std::vector<uint8_t> wrappedKey; //!< Wrapped Key, 24..40 octets, a multiple of 8

        /// \return the Key ID (bits 0-1 of Key Info)
        uint8_t GetKeyId() const;
        /// \param other another subelement \return true if every field is equal
        bool operator==(const Gtk& other) const;
    };

    /// A subelement kept as it was received.
    struct Subelement
    {
        uint8_t id{0};             //!< Subelement ID
        std::vector<uint8_t> data; //!< its data (0..255 octets)

        /// \param other another subelement \return true if ID and data are equal
        bool operator==(const Subelement& other) const;
    };

    /// MIC Control 0, MIC, ANonce and SNonce zero, no subelement.
    FastBssTransitionElement();

    /// \return the whole MIC Control field
    uint16_t GetMicControl() const;
    /// \param micControl the whole MIC Control field
    void SetMicControl(uint16_t micControl);
    /// \return the RSNXE Used bit
    bool IsRsnxeUsed() const;
    /// \param used the RSNXE Used bit
    void SetRsnxeUsed(bool used);
    /// \return the Element Count (the elements covered by the MIC; 0 when there is no MIC)
    uint8_t GetElementCount() const;
    /// \param count the Element Count
    void SetElementCount(uint8_t count);
    /// \return the MIC (16 octets)
    const std::vector<uint8_t>& GetMic() const;
    /// \param mic the MIC (16 octets)
    void SetMic(const std::vector<uint8_t>& mic);
    /// \return the ANonce (32 octets)
    const std::vector<uint8_t>& GetANonce() const;
    /// \param anonce the ANonce (32 octets)
    void SetANonce(const std::vector<uint8_t>& anonce);
    /// \return the SNonce (32 octets)
    const std::vector<uint8_t>& GetSNonce() const;
    /// \param snonce the SNonce (32 octets)
    void SetSNonce(const std::vector<uint8_t>& snonce);

    /// \return true if the R1KH-ID subelement is present
    bool HasR1khId() const;
    /// \return the R1KH-ID (only meaningful if present)
    Mac48Address GetR1khId() const;
    /// \param r1khId the R1KH-ID (adds the subelement)
    void SetR1khId(Mac48Address r1khId);
    /// Remove the R1KH-ID subelement.
    void ClearR1khId();
    /// \return true if the R0KH-ID subelement is present
    bool HasR0khId() const;
    /// \return the R0KH-ID (empty if absent)
    const std::vector<uint8_t>& GetR0khId() const;
    /// \param r0khId the R0KH-ID, 1..48 octets (adds the subelement)
    void SetR0khId(const std::vector<uint8_t>& r0khId);
    /// Remove the R0KH-ID subelement.
    void ClearR0khId();
    /// \return true if the GTK subelement is present
    bool HasGtk() const;
    /// \return the GTK subelement (only meaningful if present)
    const Gtk& GetGtk() const;
    /// \param gtk the GTK subelement (RSC 8 octets, wrapped key 24..40, a multiple of 8)
    void SetGtk(const Gtk& gtk);
    /// Remove the GTK subelement.
    void ClearGtk();
    /// \return true if the IGTK subelement is present
    bool HasIgtk() const;
    /// \return the IGTK subelement's data, as carried (empty if absent)
    const std::vector<uint8_t>& GetIgtk() const;
    /// \param data the IGTK subelement's data (33..49 octets)
    void SetIgtk(const std::vector<uint8_t>& data);
    /// Remove the IGTK subelement.
    void ClearIgtk();
    /// \return the other subelements, in order
    const std::vector<Subelement>& GetOtherSubelements() const;
    /// \param subelement a subelement of another ID than 1 to 4 (appended)
    void AddOtherSubelement(const Subelement& subelement);

    /// \return the encoded size, header included
    std::size_t GetSerializedSize() const;
    /// \param writer where to write the element, Element ID and Length included
    void Encode(ByteWriter& writer) const;
    /// \return the element, Element ID and Length included
    std::vector<uint8_t> Encode() const;
    /// \return the element with its MIC field zero, as the MIC is computed over it
    std::vector<uint8_t> EncodeWithZeroMic() const;
    /**
     * The octets of a received FTE with the MIC field zero (the MIC is verified over the
     * octets as received, not over a re-encoding).
     * \param fte the element, Element ID and Length included
     * \param zeroed the same octets with the 16 MIC octets set to zero
     * \param why on failure, a short reason
     * \return false if \p fte is not an FTE with a Length that matches and is at least 82
     */
    static bool ZeroMic(const std::vector<uint8_t>& fte,
                        std::vector<uint8_t>& zeroed,
                        std::string& why);
    /**
     * Read one FTE that extends to the end of \p reader.
     * \param reader the element, Element ID and Length included
     * \param element the element read (unchanged on failure)
     * \param why on failure, a short reason
     * \return false for another Element ID, a Length that does not match, a fixed part shorter
     *         than 82 octets, a subelement that runs past the element, a subelement of the
     *         wrong size or a repeated one
     */
    static bool Decode(ByteReader& reader, FastBssTransitionElement& element, std::string& why);
    /**
     * \param bytes the element, Element ID and Length included
     * \param element the element read
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes,
                       FastBssTransitionElement& element,
                       std::string& why);

    /// \param other another element \return true if every field is equal
    bool operator==(const FastBssTransitionElement& other) const;

  private:
    /**
     * Check a GTK subelement's sizes.
     * \param gtk the subelement
     * \param why on failure, the reason
     * \return true if it can be encoded
     */
    static bool CheckGtk(const Gtk& gtk, std::string& why);

    uint16_t m_micControl;            //!< MIC Control
    std::vector<uint8_t> m_mic;       //!< MIC
    std::vector<uint8_t> m_anonce;    //!< ANonce
    std::vector<uint8_t> m_snonce;    //!< SNonce
    bool m_hasR1khId;                 //!< R1KH-ID present
    Mac48Address m_r1khId;            //!< R1KH-ID
    std::vector<uint8_t> m_r0khId;    //!< R0KH-ID, empty if absent
    bool m_hasGtk;                    //!< GTK present
    Gtk m_gtk;                        //!< GTK subelement
    std::vector<uint8_t> m_igtk;      //!< IGTK subelement data, empty if absent
    std::vector<Subelement> m_others; //!< other subelements
};

} // namespace ns3

#endif /* WLC_FAST_BSS_TRANSITION_ELEMENT_H */
