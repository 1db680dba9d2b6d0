/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAPOL_KEY_FRAME_H
#define WLC_EAPOL_KEY_FRAME_H

#include "eapol-frame.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The body of an EAPOL-Key frame with the IEEE 802.11 key descriptor (descriptor type 2,
 * IEEE 802.11-2020 12.7.2, Figure 12-32), for AKMs with a 16-byte MIC:
 *
 *     offset size field
 *          0    1 Descriptor Type (2)
 *          1    2 Key Information
 *          3    2 Key Length
 *          5    8 Key Replay Counter
 *         13   32 Key Nonce
 *         45   16 EAPOL-Key IV
 *         61    8 Key RSC
 *         69    8 Reserved
 *         77   16 Key MIC
 *         93    2 Key Data Length
 *         95    n Key Data
 *
 * All multi-octet integers are big endian; the Key RSC is the octet string of the receive
 * sequence counter, least significant octet first. Decode rejects bodies shorter than 95
 * bytes, a Key Data Length that differs from the bytes that follow, and descriptor types
 * other than 2.
 */
class EapolKeyFrame
{
  public:
    static constexpr uint8_t DESCRIPTOR_RSN = 2;   //!< IEEE 802.11 key descriptor
    static constexpr uint8_t DESCRIPTOR_RC4 = 1;   //!< RC4 key descriptor (not supported)
    static constexpr uint8_t DESCRIPTOR_WPA = 254; //!< pre-RSN WPA key descriptor (not supported)

    static constexpr std::size_t FIXED_SIZE = 95;   //!< body size without key data
    static constexpr std::size_t MIC_OFFSET = 77;   //!< Key MIC offset in the body
    static constexpr std::size_t NONCE_SIZE = 32;   //!< Key Nonce size
    static constexpr std::size_t IV_SIZE = 16;      //!< EAPOL-Key IV size
    static constexpr std::size_t RSC_SIZE = 8;      //!< Key RSC size
    static constexpr std::size_t RESERVED_SIZE = 8; //!< Reserved field size
    static constexpr std::size_t MIC_SIZE = 16;     //!< Key MIC size

    /// Key Descriptor Version (Key Information bits 0-2).
    static constexpr uint16_t KEY_INFO_VERSION_MASK = 0x0007;
    static constexpr uint16_t KEY_INFO_KEY_TYPE = 0x0008;           //!< Key Type: 1 = pairwise
    static constexpr uint16_t KEY_INFO_INSTALL = 0x0040;            //!< Install
    static constexpr uint16_t KEY_INFO_KEY_ACK = 0x0080;            //!< Key Ack
    static constexpr uint16_t KEY_INFO_KEY_MIC = 0x0100;            //!< Key MIC
    static constexpr uint16_t KEY_INFO_SECURE = 0x0200;             //!< Secure
    static constexpr uint16_t KEY_INFO_ERROR = 0x0400;              //!< Error
    static constexpr uint16_t KEY_INFO_REQUEST = 0x0800;            //!< Request
    static constexpr uint16_t KEY_INFO_ENCRYPTED_KEY_DATA = 0x1000; //!< Encrypted Key Data
    static constexpr uint16_t KEY_INFO_SMK_MESSAGE = 0x2000;        //!< SMK Message

    static constexpr uint8_t VERSION_HMAC_MD5_RC4 = 1;  //!< descriptor version 1 (TKIP)
    static constexpr uint8_t VERSION_HMAC_SHA1_AES = 2; //!< descriptor version 2 (CCMP)
    static constexpr uint8_t VERSION_AES_CMAC = 3;      //!< descriptor version 3 (SHA-256 AKMs)

    /// Which message of a handshake a frame is, judged from its Key Information and Key Data.
    enum HandshakeMessage : uint8_t
    {
        UNKNOWN_MESSAGE = 0, //!< none of the below
        MESSAGE_1 = 1,       //!< 4-way message 1: pairwise, Ack, no MIC
        MESSAGE_2 = 2,       //!< 4-way message 2: pairwise, MIC, no Ack, key data present
        MESSAGE_3 = 3,       //!< 4-way message 3: pairwise, Ack, MIC
        MESSAGE_4 = 4,       //!< 4-way message 4: pairwise, MIC, no Ack, no key data
        GROUP_MESSAGE_1 = 5, //!< group key handshake message 1: group, Ack, MIC
        GROUP_MESSAGE_2 = 6, //!< group key handshake message 2: group, MIC, no Ack
        REQUEST = 7,         //!< a frame with the Request bit (EAPOL-Key request)
    };

    /// A frame of descriptor type 2 with every field zero and no key data.
    EapolKeyFrame();

    /// \return the Descriptor Type
    uint8_t GetDescriptorType() const;
    /// \param type the Descriptor Type
    void SetDescriptorType(uint8_t type);
    /// \return the Key Information field
    uint16_t GetKeyInformation() const;
    /// \param info the Key Information field
    void SetKeyInformation(uint16_t info);
    /// \return the Key Descriptor Version (Key Information bits 0-2)
    uint8_t GetDescriptorVersion() const;
    /// \param version the Key Descriptor Version (0-7)
    void SetDescriptorVersion(uint8_t version);
    /// \param flag a KEY_INFO_ bit \return true if it is set
    bool HasFlag(uint16_t flag) const;
    /// \param flag a KEY_INFO_ bit \param value whether to set or clear it
    void SetFlag(uint16_t flag, bool value);
    /// \return the Key Length
    uint16_t GetKeyLength() const;
    /// \param length the Key Length
    void SetKeyLength(uint16_t length);
    /// \return the Key Replay Counter
    uint64_t GetReplayCounter() const;
    /// \param counter the Key Replay Counter
    void SetReplayCounter(uint64_t counter);
    /// \return the Key Nonce (32 bytes)
    const std::vector<uint8_t>& GetNonce() const;
    /// \param nonce the Key Nonce (32 bytes)
    void SetNonce(const std::vector<uint8_t>& nonce);
    /// \return the EAPOL-Key IV (16 bytes)
    const std::vector<uint8_t>& GetIv() const;
    /// \param iv the EAPOL-Key IV (16 bytes)
    void SetIv(const std::vector<uint8_t>& iv);
    /// \return the Key RSC (8 bytes)
    const std::vector<uint8_t>& GetRsc() const;
    /// \param rsc the Key RSC (8 bytes)
    void SetRsc(const std::vector<uint8_t>& rsc);
    /// \param counter a receive sequence counter, written least significant octet first
    void SetRscValue(uint64_t counter);
    /// \return the Key RSC read least significant octet first
    uint64_t GetRscValue() const;
    /// \return the Reserved field (8 bytes)
    const std::vector<uint8_t>& GetReserved() const;
    /// \param reserved the Reserved field (8 bytes)
    void SetReserved(const std::vector<uint8_t>& reserved);
    /// \return the Key MIC (16 bytes)
    const std::vector<uint8_t>& GetMic() const;
    /// \param mic the Key MIC (16 bytes)
    void SetMic(const std::vector<uint8_t>& mic);
    /// \return the Key Data (as carried: encrypted if KEY_INFO_ENCRYPTED_KEY_DATA)
    const std::vector<uint8_t>& GetKeyData() const;
    /// \param data the Key Data (at most 65535 - 95 bytes)
    void SetKeyData(const std::vector<uint8_t>& data);

    /// \return the size of the encoded body (95 + key data)
    std::size_t GetSerializedSize() const;
    /**
     * Write the body.
     * \param writer where to write
     * \param zeroMic true to write the Key MIC field as zeros (the MIC input)
     */
    void Encode(ByteWriter& writer, bool zeroMic = false) const;
    /// \param zeroMic true to write the Key MIC as zeros \return the body
    std::vector<uint8_t> Encode(bool zeroMic = false) const;
    /**
     * The whole EAPOL frame: EAPOL header (type EAPOL-Key) and this body, ready to be the
     * payload of EtherType 0x888E.
     * \param eapolVersion the EAPOL protocol version (1 or 2)
     * \param zeroMic true to write the Key MIC as zeros (the input of the MIC computation)
     * \return the bytes
     */
    std::vector<uint8_t> EncodeEapol(uint8_t eapolVersion, bool zeroMic = false) const;
    /**
     * Read an EAPOL-Key body; it extends to the end of \p reader.
     * \param reader the body
     * \param frame the frame read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed body of descriptor type 2
     */
    static bool Decode(ByteReader& reader, EapolKeyFrame& frame, std::string& why);
    /**
     * Read an EAPOL-Key body from a byte vector.
     * \param body the body
     * \param frame the frame read
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& body, EapolKeyFrame& frame, std::string& why);
    /**
     * Read a whole EAPOL frame that must be an EAPOL-Key frame.
     * \param bytes the EAPOL frame
     * \param eapol the EAPOL frame read (header and raw body)
     * \param frame the key frame read
     * \param why on failure, a short reason
     * \return true if both layers are well formed
     */
    static bool DecodeEapol(const std::vector<uint8_t>& bytes,
                            EapolFrame& eapol,
                            EapolKeyFrame& frame,
                            std::string& why);
    /**
     * The input of the MIC computation for a received frame: the EAPOL frame as received
     * (header and body, without trailing padding) with the Key MIC octets set to zero.
     * \param eapol a decoded EAPOL-Key frame (body of at least 95 bytes)
     * \return the bytes to authenticate
     */
    static std::vector<uint8_t> MicInput(const EapolFrame& eapol);

    /// \return which handshake message this frame looks like
    HandshakeMessage Classify() const;
    /// \param message a message kind \return a short name ("M1", "M2", ..., "G1", ...)
    static std::string MessageName(HandshakeMessage message);
    /// \return the Key Information as text, e.g. "ver=2 pairwise install ack mic secure enc"
    std::string KeyInformationToString() const;

  private:
    uint8_t m_descriptorType;        //!< Descriptor Type
    uint16_t m_keyInfo;              //!< Key Information
    uint16_t m_keyLength;            //!< Key Length
    uint64_t m_replayCounter;        //!< Key Replay Counter
    std::vector<uint8_t> m_nonce;    //!< Key Nonce
    std::vector<uint8_t> m_iv;       //!< EAPOL-Key IV
    std::vector<uint8_t> m_rsc;      //!< Key RSC
    std::vector<uint8_t> m_reserved; //!< Reserved
    std::vector<uint8_t> m_mic;      //!< Key MIC
    std::vector<uint8_t> m_keyData;  //!< Key Data
};

} // namespace ns3

#endif /* WLC_EAPOL_KEY_FRAME_H */
